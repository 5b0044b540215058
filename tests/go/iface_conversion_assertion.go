// Converting values to interfaces and asserting them back, with comma-ok.
package main

type Shape interface {
	Area() float64
}

type Sq struct{ s float64 }
type Circ struct{ r float64 }

func (q Sq) Area() float64    { return q.s * q.s }
func (c *Circ) Area() float64 { return 3 * c.r * c.r }

func main() {
	var s Shape = Sq{2}
	println(s.Area())
	q, ok := s.(Sq)
	println(q.s, ok)
	c, ok := s.(*Circ)
	println(c == nil, ok)
	s = &Circ{1}
	println(s.Area())
	if cp, ok := s.(*Circ); ok {
		cp.r = 2
	}
	println(s.Area())
	var e interface{} = 42
	n, ok := e.(int)
	println(n, ok)
	str, ok := e.(string)
	println(str == "", ok)
	_, ok = e.(Shape)
	println(ok)
	e = s
	sh, ok := e.(Shape)
	println(ok, sh.Area())
	var any1 any = 3.5
	println(any1.(float64))
}
