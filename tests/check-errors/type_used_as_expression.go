package main

type T struct{}

func main() {
	x := int
	_ = T + 1
	_ = x
}
