package main

type Base struct{}

type Derived struct {
	*(Base)
}

func main() {}
