package main

type I interface{ M(int) int }

type T struct{ k int }

func (t T) M(x int) int { return t.k * x }

type P struct{ k int }

func (p *P) M(x int) int { return p.k + x }

func main() {
	var i I = T{3}
	f := i.M
	i = &P{10}
	println(f(2), i.M(2))
	g := I.M
	println(g(i, 5), g(T{2}, 5))
	var n I
	defer func() { println("recovered:", recover() != nil) }()
	h := n.M
	println(h(1))
}
