package main

type T struct{}

func (T) Pick[E any](xs []E) E { return xs[0] }

func main() {
	f := T.Pick
	_ = f
	var t T
	g := t.Pick
	_ = g
}
