package main

func main() {
	n := 42
	_ = len(n)
	var p *[]int
	_ = len(p)
	_ = cap(map[int]int{})
	_ = len(1, 2)
}
