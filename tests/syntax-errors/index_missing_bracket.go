package main

func main() {
	a := []int{1, 2, 3}
	_ = a[1 2]
}
