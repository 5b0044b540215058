// Calling a value method through a nil pointer dereferences it.
package main

type T struct{ a, b int }

func (t T) Sum() int { return t.a + t.b }

//go:noinline
func call(p *T) int { return p.Sum() }

func main() {
	println(call(&T{1, 2}))
	println(call(nil))
}
