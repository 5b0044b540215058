// Deferred call arguments and receivers are evaluated at the defer statement, calls at return.
package main

type T struct{ n int }

func (t T) Show(tag string)   { println(tag, t.n) }
func (t *T) ShowP(tag string) { println(tag, t.n) }

func val(s string, n int) int {
	println("evaluating", s)
	return n
}

func f() {
	t := T{1}
	defer t.Show("value receiver")
	defer t.ShowP("pointer receiver")
	defer println("args:", val("a", 1), val("b", 2))
	t.n = 2
	println("body done")
}

func main() {
	f()
	var fn func()
	defer func() { println("recovered nil func defer:", recover() != nil) }()
	defer fn()
	println("main body")
}
