package main

type A struct{ ID int }
type B struct{ ID int }

type C struct {
	A
	B
}

func main() {
	_ = C{ID: 1}
}
