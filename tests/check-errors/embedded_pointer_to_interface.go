package main

type I interface{ M() }

type T struct {
	*I
}

type P *int

type U struct {
	P
}

func main() {}
