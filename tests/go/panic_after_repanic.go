// A panic chain with re-panics (same value as the panic before it) in
// the middle: a re-panic is not printed again, the panics after it still
// are.
package main

type E struct{ s string }

func (e E) Error() string { return "E " + e.s }

var e error = E{"x"}

func main() {
	defer func() { panic("last") }()
	defer func() { panic(e) }()
	defer func() { panic(e) }()
	defer func() { r := recover(); panic(r) }()
	panic("first")
}
