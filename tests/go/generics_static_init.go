package main

type Pair[A, B any] struct {
	a A
	b B
}

func (p Pair[A, B]) First() A { return p.a }

var p = Pair[int, string]{1, "a"}
var ps = []Pair[string, bool]{{"x", true}, {"y", false}}
var arr = [2]Pair[float64, int]{{1.5, 1}}

func main() {
	println(p.First(), p.b, len(ps), ps[1].First(), arr[0].First(), arr[1].b)
}
