package main

type I interface {
	M()
	N()
	M()
}

func main() {}
