// Method values bind their receiver at evaluation; method expressions take it as a parameter.
package main

type P struct{ x int }

func (p P) Show() int   { return p.x }
func (p *P) Set(v int)  { p.x = v }
func (p P) Add(d int) P { p.x += d; return p }

func main() {
	p := P{1}
	show := p.Show // copies p now
	set := p.Set   // takes &p
	p.x = 2
	println(show(), p.Show())
	set(10)
	println(p.x, show())
	f := P.Show
	g := (*P).Set
	println(f(p))
	g(&p, 20)
	println(p.x)
	add := P.Add
	println(add(p, 5).x, p.x)
	fs := []func() int{p.Show, P{99}.Show}
	p.x = -1
	println(fs[0](), fs[1]())
	pp := &p
	ps := pp.Show
	pp.x = 7
	println(ps())
}
