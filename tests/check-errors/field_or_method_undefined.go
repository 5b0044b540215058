package main

type Person struct {
	Name string
}

func (p Person) Greet() string { return "hi " + p.Name }

func main() {
	p := Person{}
	_ = p.Age
	p.Wave()
}
