package main

type Acc[T ~int | ~string] struct{ v T }

func (a *Acc[T]) Add(x T) { a.v += x }

func (a Acc[T]) Get() T { return a.v }

func Each[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

type Handler[T any] struct {
	name string
	fn   func(T) string
}

func (h Handler[T]) Run(x T) string { return h.name + ":" + h.fn(x) }

func main() {
	var a Acc[int]
	Each([]int{1, 2, 3}, a.Add)
	println(a.Get())
	get := a.Get
	a.Add(10)
	println(get(), a.Get())
	var s Acc[string]
	ps := &s
	add := ps.Add
	add("x")
	add("y")
	println(s.v)
	h := Handler[int]{"h", func(x int) string { return string(rune('0' + x)) }}
	run := h.Run
	println(run(7))
	hs := []Handler[string]{{"a", func(s string) string { return s + s }}, {"b", func(s string) string { return "" }}}
	for _, h := range hs {
		println(h.Run("q"))
	}
	defer a.Add(100)
	defer func() { println(a.Get()) }()
}
