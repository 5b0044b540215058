package main

type Stack[T any] struct{ items []T }

func (s *Stack[E]) Push(x E) { s.items = append(s.items, x) }

func (Stack[_]) Kind() string { return "stack" }

type Vec[T any] = []T

type Num interface{ ~int | ~float64 }

func Total[T Num](v Vec[T]) (t T) {
	for _, x := range v {
		t += x
	}
	return
}

type Tuple[A, B any] struct {
	A A
	B B
}

func Enumerate[T any](xs []T) []Tuple[int, T] {
	out := []Tuple[int, T]{}
	for i, x := range xs {
		out = append(out, Tuple[int, T]{i, x})
	}
	return out
}

type Number[T Num] struct{ v T }

func (n Number[T]) Plus(m Number[T]) Number[T] { return Number[T]{n.v + m.v} }

func Fib[T Num](n int) T {
	a, b := T(0), T(1)
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	push := (*Stack[int]).Push
	var s Stack[int]
	push(&s, 4)
	println(len(s.items), s.Kind(), Stack[string]{}.Kind())
	println(Total(Vec[int]{1, 2}), Total([]float64{0.5, 1}))
	for _, t := range Enumerate([]string{"a", "b"}) {
		println(t.A, t.B)
	}
	n := Number[float64]{1.5}.Plus(Number[float64]{2})
	println(n.v)
	println(Fib[int](10), Fib[float64](20))
	k := Stack[bool].Kind
	println(k(Stack[bool]{}))
}
