package main

type I interface {
	m() interface{ I }
}

func main() {}
