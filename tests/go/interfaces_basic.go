package main

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }
type Sq int

func (r Rect) Area() float64    { return r.w * r.h }
func (r Rect) Name() string      { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string   { return "circle" }
func (s Sq) Area() float64      { return float64(s * s) }
func (s Sq) Name() string        { return "sq" }

type Named interface{ Name() string }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return "string " + v
	case Shape:
		return "shape " + v.Name()
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Sq(4)}
	total := 0.0
	for _, s := range shapes {
		println(s.Name(), s.Area())
		total += s.Area()
	}
	println(total)
	var n Named = shapes[1]
	println(n.Name())
	var e any = 42
	if i, ok := e.(int); ok {
		println("int", i)
	}
	_, ok := e.(string)
	println(ok)
	println(describe(nil), describe(1), describe("x"), describe(Rect{1, 1}), describe(2.5))
	var a, b any = 1, 1
	println(a == b, a != b, e == a)
	var s1, s2 Shape = Rect{1, 2}, Rect{1, 2}
	println(s1 == s2, s1 == shapes[0])
	r := e.(Rect)
	println(r.w)
}
