// A struct embedding *T gets T's pointer methods in its value method set.
package main

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

type Incer interface {
	Inc() int
	Get() int
}

type Wrapper struct {
	*Counter
	label string
}

func main() {
	c := &Counter{}
	w := Wrapper{c, "w"}
	var i Incer = w
	i.Inc()
	i.Inc()
	println(i.Get(), c.n, w.Get())
	w2 := w
	w2.Inc()
	println(c.n)
	var j Incer = &w
	j.Inc()
	println(c.n)
}
