package main

type Person struct {
	Name string
}

func (p Person) Greet() string { return "hi" }

func main() {
	p := Person{}
	_ = p.name
	_ = p.greet()
}
