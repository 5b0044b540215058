package main

type T struct {
	Name string
	Age  int
	Name int
}

func main() {
	_ = T{}
}
