package main

type Box struct{ n int }

func (b Box) Apply[T any](f func(int) T) T { return f(b.n) }

func (b Box) Get() int { return b.n }

type Getter interface{ Get() int }

type List[T any] struct{ xs []T }

func (l List[T]) Len() int { return len(l.xs) }

func (l List[T]) Conv[U any](f func(T) U) List[U] {
	var out List[U]
	for _, x := range l.xs {
		out.xs = append(out.xs, f(x))
	}
	return out
}

func main() {
	var g Getter = Box{3}
	println(g.Get())
	var a any = Box{4}
	println(a.(Box).Apply(func(n int) bool { return n > 3 }))
	var l interface{ Len() int } = List[int]{[]int{1, 2}}.Conv(func(x int) string { return "" })
	println(l.Len())
	f := Box{5}.Apply[string]
	println(f(func(n int) string { return "five" }))
}
