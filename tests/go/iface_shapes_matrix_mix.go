// Interfaces over embedded structs, matrix-power Fibonacci with pointer
// methods on array types, and pointer elements of arrays and slices.
package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

type Named interface {
	Shape
	Name() string
}

func (s Square) Name() string { return "square" }

func total(shapes ...Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

type Matrix [2][2]int

func (m *Matrix) Mul(o Matrix) {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	*m = r
}

func fibMat(n int) int {
	res := Matrix{{1, 0}, {0, 1}}
	base := Matrix{{1, 1}, {1, 0}}
	for n > 0 {
		if n&1 == 1 {
			res.Mul(base)
		}
		base.Mul(base)
		n >>= 1
	}
	return res[0][1]
}

func main() {
	a, p := total(Rect{2, 3}, NewSquare(2), &Rect{1, 1})
	println(a, p)
	var n Named = NewSquare(3)
	println(n.Name(), n.Area())
	var s Shape = n
	_, isNamed := s.(Named)
	println(isNamed)
	for i := 0; i < 10; i++ {
		print(fibMat(i), " ")
	}
	println(fibMat(90))
	var arr [3]*Rect
	for i := range arr {
		arr[i] = &Rect{float64(i), 1}
	}
	sum := 0.0
	for _, r := range arr {
		sum += r.Area()
	}
	println(sum)
	type kv struct {
		k string
		v int
	}
	kvs := []kv{{"a", 1}, {"b", 2}}
	for i := range kvs {
		kv := &kvs[i]
		kv.v *= 10
	}
	println(kvs[0].v, kvs[1].v)
	x := []any{Rect{1, 2}, Square{Rect{3, 3}}}
	for _, v := range x {
		if sh, ok := v.(Shape); ok {
			println(sh.Area())
		}
	}
	var e1, e2 any = Rect{1, 2}, Rect{1, 2}
	println(e1 == e2, e1 != any(Square{Rect{1, 2}}))
	bs := [4]byte{'a', 'b'}
	str := string(bs[:2])
	println(str, len(str))
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = int8(u8)
	println(u8, i8, -i8, i8>>1, uint8(i8)>>1)
}
