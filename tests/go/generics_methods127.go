package main

type Box struct{ n int }

func (b Box) Apply[T any](f func(int) T) T { return f(b.n) }

func (b *Box) Add[T ~int | ~int64](x T) { b.n += int(x) }

type Seq[T any] struct{ xs []T }

func (s Seq[T]) MapTo[U any](f func(T) U) Seq[U] {
	out := Seq[U]{}
	for _, x := range s.xs {
		out.xs = append(out.xs, f(x))
	}
	return out
}

func (s Seq[T]) Fold[A any](acc A, f func(A, T) A) A {
	for _, x := range s.xs {
		acc = f(acc, x)
	}
	return acc
}

type Meters int64

func main() {
	b := Box{3}
	s := b.Apply(func(n int) string { return "n=" + string(rune('0'+n)) })
	println(s)
	println(b.Apply[float64](func(n int) float64 { return float64(n) / 2 }))
	b.Add(4)
	b.Add(Meters(10))
	println(b.n)
	seq := Seq[int]{xs: []int{1, 2, 3}}
	strs := seq.MapTo(func(x int) string { return string(rune('a' + x)) })
	println(len(strs.xs), strs.xs[0], strs.xs[2])
	total := seq.Fold(0, func(a, x int) int { return a + x })
	cat := strs.Fold("", func(a, x string) string { return a + x })
	println(total, cat)
	f := seq.MapTo[bool](func(x int) bool { return x > 1 }).Fold(0, func(a int, x bool) int {
		if x {
			a++
		}
		return a
	})
	println(f)
}
