package main

func main() {
	f := len
	_ = f
	_ = new(3, 4)
	copy([]int{}, []string{})
	delete(map[int]int{}, "k")
}
