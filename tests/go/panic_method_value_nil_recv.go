// Evaluating a method value of a value method through a nil pointer panics
// at the evaluation, not at the call.
package main

type T struct{ n int }

func (t T) Get() int { return t.n }

//go:noinline
func bind(p *T) func() int { return p.Get }

func main() {
	f := bind(&T{4})
	println(f())
	g := bind(nil)
	println("not reached", g())
}
