// Deferring method calls and method values: the receiver is evaluated at defer time.
package main

type T struct{ name string }

func (t T) Say()       { println("value", t.name) }
func (t *T) SayPtr()   { println("pointer", t.name) }
func (t T) Arg(n int) { println("arg", t.name, n) }

func main() {
	t := T{"first"}
	defer t.Say()
	defer t.SayPtr()
	f := t.Say
	defer f()
	n := 1
	defer t.Arg(n)
	n = 2
	t.name = "second"
	println("end of main")
}
