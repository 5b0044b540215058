package main

type T struct{ v int }

var sink *T

func apply(xs []*T, f func(*T) int) int {
	s := 0
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func main() {
	a := &T{1}
	b := &T{2}
	total := apply([]*T{a, b}, func(t *T) int { return t.v })
	keep := func(t *T) { sink = t }
	keep(b)
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	println(total, len(fs))
	defer func() {
		println("done", a.v)
	}()
}
