// Method expressions (*T).M of value methods and of promoted methods go
// through gc's (*T).M wrapper; through a nil pointer it panics (panicwrap).
package main

type P struct{ x int }

func (p P) Show() int      { return p.x }
func (p P) Add(d int) int  { return p.x + d }
func (p *P) Set(v int)     { p.x = v }

type Outer struct {
	name string
	P
}

func main() {
	show := (*P).Show
	add := (*P).Add
	set := (*P).Set
	p := &P{3}
	set(p, 4)
	println(show(p), add(p, 10))
	o := &Outer{"o", P{7}}
	oshow := (*Outer).Show
	println(oshow(o))
	fs := []func(*P) int{(*P).Show, func(q *P) int { return q.x * 2 }}
	for _, f := range fs {
		println(f(p))
	}
	var nilP *P
	println(show(nilP))
}
