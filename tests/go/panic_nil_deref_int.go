// Dereferencing a nil *int.
package main

//go:noinline
func load(p *int) int { return *p }

func main() {
	x := 3
	println(load(&x))
	println(load(nil))
}
