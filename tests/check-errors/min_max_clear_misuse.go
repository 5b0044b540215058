package main

func main() {
	_ = min("a", 1)
	_ = max()
	var f = 1.5
	clear(f)
	_ = min([]int{1}, []int{2})
}
