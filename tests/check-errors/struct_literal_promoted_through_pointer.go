package main

type Base struct {
	ID int
}

type Inner struct {
	*Base
}

type Outer struct {
	Inner
	Label string
}

func main() {
	_ = Outer{ID: 1, Label: "x", Missing: 2}
}
