package main

type T struct {
	name string
	tags []string
}

func main() {
	var a, b T
	_ = a == b
}
