package main

type I interface{ M() int }

type T struct{ k int }

func (t T) M() int { return t.k }

//go:noinline
func call(i I) int { return i.M() }

func main() {
	var p *T
	println(call(p))
}
