// Interfaces as a chain of decorators (wrapping values that implement the same interface).
package main

type Text interface{ Render() string }

type Plain string
type Bold struct{ Inner Text }
type Repeat struct {
	Inner Text
	N     int
}

func (p Plain) Render() string  { return string(p) }
func (b Bold) Render() string   { return "*" + b.Inner.Render() + "*" }
func (r Repeat) Render() string {
	s := ""
	for i := 0; i < r.N; i++ {
		s += r.Inner.Render()
	}
	return s
}

func main() {
	var t Text = Plain("go")
	t = Bold{t}
	t = Repeat{t, 3}
	t = Bold{t}
	println(t.Render())
	parts := []Text{Plain("a"), Bold{Plain("b")}, Repeat{Plain("c"), 2}}
	out := ""
	for _, p := range parts {
		out += p.Render() + "|"
	}
	println(out)
}
