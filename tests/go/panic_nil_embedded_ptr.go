// A promoted field through a nil embedded pointer.
package main

type Inner struct{ a, b, c int }

type Outer struct {
	name string
	*Inner
}

//go:noinline
func getC(o *Outer) int { return o.c }

func main() {
	println(getC(&Outer{"x", &Inner{1, 2, 3}}))
	println(getC(&Outer{name: "y"}))
}
