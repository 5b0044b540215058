package main

func main() {
	_ = make(int)
	_ = make([]int)
	_ = make([]int, "3")
	_ = make(map[string]int, 1, 2)
	_ = make([]int, 5, 2)
}
