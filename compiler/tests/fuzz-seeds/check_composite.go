// Package shapes: composite literals, methods, embedding, interfaces,
// type assertions and type switches. Type-correct: the checker must
// accept it.
package shapes

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Stringer interface{ String() string }

type Base struct {
	ID   int
	tags []string
}

func (b Base) Tags() []string   { return b.tags }
func (b *Base) AddTag(t string) { b.tags = append(b.tags, t) }
func (b Base) String() string   { return "base" }

type Rect struct {
	Base
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }
func (Rect) Name() string         { return "rect" }

type Circle struct {
	*Base
	R float64
}

func (c *Circle) Area() float64      { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }

type Square struct {
	Rect
	label string
}

type Counter int

func (c *Counter) Inc() int { *c++; return int(*c) }
func (c Counter) Get() int  { return int(c) }

type Matrix [2][2]float64

func (m Matrix) Det() float64 { return m[0][0]*m[1][1] - m[0][1]*m[1][0] }

type Graph map[string][]string

func (g Graph) Add(a, b string) { g[a] = append(g[a], b) }

type Op func(float64, float64) float64

func (o Op) Apply(a, b float64) float64 { return o(a, b) }

type Wrapper struct {
	Stringer
	Shape
	n int
}

func literals() {
	_ = [3]int{1, 2, 3}
	_ = [...]string{"a", "b", 5: "f"}
	_ = [...]int{2: 1, 0: 3}
	_ = []int{1, 2, 3}
	_ = []int{9: 1}
	_ = [][]int{{1}, {2, 3}, nil}
	_ = []*Rect{{W: 1}, &Rect{H: 2}, nil}
	_ = []Rect{{Base{1, nil}, 2, 3}}
	_ = map[string]int{"a": 1, "b": 2}
	_ = map[struct{ x, y int }]bool{{1, 2}: true, {y: 3}: false}
	_ = map[[2]int]string{{1, 2}: "x"}
	_ = map[string][]Base{"k": {{ID: 1}, {2, []string{"t"}}}}
	_ = map[*Base]struct{}{{}: {}}
	_ = struct {
		a int
		b string
	}{1, "x"}
	_ = struct{}{}
	_ = Matrix{{1, 2}, {3, 4}}.Det()
	_ = Graph{"a": {"b"}}
	_ = &Square{Rect: Rect{W: 2, H: 2}, label: "sq"}
	_ = Circle{Base: &Base{}, R: 1}
	_ = Op(func(a, b float64) float64 { return a + b }).Apply(1, 2)
	_ = [2]struct{ x, y int }{{1, 2}, {x: 3}}
	_ = []func() int{func() int { return 1 }}
	_ = []chan int{make(chan int)}
	_ = []any{1, "a", nil, Rect{}, []int{}}
	_ = [][2]*[]int{{nil, &[]int{1}}}
}

func methods() {
	var r Rect
	r.ID = 3
	r.AddTag("x")
	r.Base.AddTag("y")
	_ = r.Tags()
	_ = r.String()
	r.Scale(2)
	(&r).Scale(0.5)
	sq := Square{}
	sq.Scale(3)
	_ = sq.Area() + sq.W + float64(sq.ID)
	c := &Circle{Base: new(Base), R: 2}
	_ = c.ID + len(c.Tags())
	c.AddTag("z")
	var cnt Counter
	cnt.Inc()
	_ = cnt.Get()
	inc := cnt.Inc
	_ = inc()
	get := Counter.Get
	_ = get(cnt)
	pinc := (*Counter).Inc
	_ = pinc(&cnt)
	area := Rect.Area
	_ = area(r)
	scale := (*Rect).Scale
	scale(&r, 1)
	var s Shape = r
	s = c
	s = &r
	s = sq
	_ = s.Area()
	var n Named = r
	s = n
	var w Wrapper
	w.Shape = c
	w.Stringer = Base{}
	_ = w.String() + w.Stringer.String()
	_ = w.Area()
	f := s.Perimeter
	_ = f()
	mexpr := Shape.Area
	_ = mexpr(s)
}

func assertions(s Shape, x any) int {
	if r, ok := s.(Rect); ok {
		return int(r.W)
	}
	if n, ok := s.(Named); ok {
		_ = n.Name()
	}
	_ = s.(*Circle).R
	_ = x.(Stringer).String()
	_, _ = x.(interface{ Area() float64 })
	switch v := x.(type) {
	case nil:
		return 0
	case int:
		return v + 1
	case int8, int16:
		_ = v
		return 2
	case string:
		return len(v)
	case []int:
		return v[0]
	case map[string]int:
		return v["x"]
	case func() int:
		return v()
	case Shape:
		return int(v.Area())
	case error:
		_ = v.Error()
	case *Rect, Circle:
		_ = v
	case chan int:
		return <-v
	default:
		_ = v
	}
	switch s.(type) {
	case Rect, *Rect:
	case Named:
	}
	switch t := s.(type) {
	case *Circle:
		_ = t.R
	}
	return -1
}

type Node interface {
	Children() []Node
}

type Leaf struct{ v int }

func (Leaf) Children() []Node { return nil }

type Branch struct{ kids []Node }

func (b *Branch) Children() []Node { return b.kids }

func walk(n Node, visit func(Node) bool) {
	if !visit(n) {
		return
	}
	for _, k := range n.Children() {
		walk(k, visit)
	}
}

var tree Node = &Branch{kids: []Node{Leaf{1}, &Branch{}, Leaf{v: 2}}}

func count() (n int) {
	walk(tree, func(Node) bool { n++; return true })
	return
}

type Empty interface{}

type Cmp interface {
	comparable
}

type List struct {
	next *List
	val  Empty
}

var _ Shape = (*Rect)(nil)
var _ Named = Rect{}
var _ = count
var _ = literals
var _ = methods
var _ = assertions
var _ = Square{}.label
var _ = List{}.next.val
var _ = Graph.Add
