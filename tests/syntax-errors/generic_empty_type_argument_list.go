package main

type Empty interface{}

type I interface {
	Empty[]
}

func main() {}
