package main

func main() {
	_ = []int{1, 2, "three", 4.5}
}
