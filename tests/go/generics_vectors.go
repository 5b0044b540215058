package main

type Number interface{ ~int | ~float64 }

type Vec[T Number] [3]T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v *Vec[T]) Scale(k T) {
	for i := range v {
		v[i] *= k
	}
}

type Matrix[T Number] struct {
	rows []Vec[T]
}

func (m Matrix[T]) Mul(v Vec[T]) (out Vec[T]) {
	for i, r := range m.rows {
		out[i] = r.Dot(v)
	}
	return
}

type Celsius float64

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

type Maybe[T any] interface {
	Value() (T, bool)
}

type just[T any] struct{ v T }

func (j just[T]) Value() (T, bool) { return j.v, true }

type nothing[T any] struct{}

func (nothing[T]) Value() (T, bool) {
	var z T
	return z, false
}

func Just[T any](v T) Maybe[T] { return just[T]{v} }
func Nothing[T any]() Maybe[T] { return nothing[T]{} }

func OrElse[T any](m Maybe[T], d T) T {
	if v, ok := m.Value(); ok {
		return v
	}
	return d
}

func main() {
	v := Vec[int]{1, 2, 3}
	println(v.Dot(v))
	v.Scale(2)
	println(v[0], v[1], v[2])
	m := Matrix[Celsius]{rows: []Vec[Celsius]{{1, 0, 0}, {0, 0.5, 0}, {1, 1, 1}}}
	r := m.Mul(Vec[Celsius]{2, 4, 6})
	println(r[0], r[1], r[2])
	p := Ptr(5)
	*p++
	println(*p, Deref(p, 0), Deref[string](nil, "def"))
	println(OrElse(Just(3), 0), OrElse(Nothing[string](), "none"))
	var mb Maybe[float64] = just[float64]{2.5}
	x, ok := mb.Value()
	println(x, ok)
	a, b := Nothing[Vec[int]]().Value()
	println(a[2], b)
}
