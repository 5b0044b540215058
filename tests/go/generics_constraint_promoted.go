package main

type Stringer interface{ String() string }

type Base struct{ name string }

func (b Base) String() string { return "base:" + b.name }

type Derived struct {
	Base
	extra int
}

type PDerived struct {
	*Base
}

type Str string

func (s Str) String() string { return string(s) }

func Show[T Stringer](xs ...T) string {
	out := ""
	for _, x := range xs {
		out += x.String() + ";"
	}
	return out
}

func ShowVal[T Stringer](x T) func() string { return x.String }

func main() {
	println(Show[Stringer](Str("a"), Base{"b"}))
	println(Show(Derived{Base{"d"}, 1}))
	println(Show(PDerived{&Base{"p"}}))
	println(ShowVal(Str("v"))(), ShowVal(Derived{Base: Base{"w"}})())
	var s Stringer = Str("i")
	println(ShowVal(s)())
}

type Counter struct{ n int }

func (c *Counter) String() string { c.n++; return "count" }

type Outer struct {
	*Counter
	Counter2 Counter
}

func init() {
	o := &Outer{Counter: &Counter{}}
	println(Show(o, o), o.n)
	type Val struct{ Counter }
	v := &Val{}
	println(Show(v), v.n)
}
