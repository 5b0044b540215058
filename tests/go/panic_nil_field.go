// Selecting from values that are not variables (a call's result, a
// composite literal), then loading a struct field through a nil
// pointer: gc's signal line reports the field's offset as the address.
package main

type inner struct{ a, b int }

type outer struct {
	x  int
	in inner
}

func make2() outer { return outer{1, inner{2, 3}} }

//go:noinline
func get(p *outer) inner { return p.in }

func main() {
	println(make2().in.b, outer{x: 4}.x, get(&outer{in: inner{5, 6}}).a)
	var p *outer
	println(get(p).a)
}
