package main

func main() {
	xs := []int{1, 2}
	x := range xs
	_ = x
}
