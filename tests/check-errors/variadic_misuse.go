package main

func sum(nums ...int) int { return 0 }

func two(a, b int) {}

func main() {
	xs := []int{1, 2}
	_ = sum(1, xs...)
	two(xs...)
	_ = sum([]string{"a"}...)
}
