// Selector depth: the shallowest field or method wins; equal depth on different paths is ambiguous only if used.
package main

type A struct{ X int }

func (A) Who() string { return "A" }

type B struct{ X int }

func (B) Who() string { return "B" }

type C struct {
	A
	B
	X int
}

type D struct {
	C
}

func (D) Who() string { return "D" }

func main() {
	c := C{A{1}, B{2}, 3}
	println(c.X, c.A.X, c.B.X, c.A.Who(), c.B.Who())
	d := D{c}
	println(d.X, d.Who(), d.C.A.Who())
	d.X = 30
	d.A.X = 10
	println(d.C.X, d.C.A.X)
}
