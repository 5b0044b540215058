// Methods on named slice, array, func and integer types.
package main

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

type Vec [3]float64

func (v Vec) Dot(w Vec) float64 { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }
func (v *Vec) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Bits uint8

func (b Bits) Has(i uint) bool { return b&(1<<i) != 0 }

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	println(s.Len(), s.Pop(), s.Pop(), s.Len())
	v := Vec{1, 2, 3}
	v.Scale(2)
	println(v.Dot(Vec{1, 1, 1}))
	add := Op(func(a, b int) int { return a + b })
	println(add.Apply(3, 4))
	b := Bits(5)
	println(b.Has(0), b.Has(1), b.Has(2))
}
