package main

type Node struct {
	value int
	next  Node
}

type A [2]B
type B struct{ a A }

func main() {}
