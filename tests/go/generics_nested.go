package main

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }

type Pair[A, B any] struct {
	a A
	b B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := 0; i < n; i++ {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Unzip[A, B any](ps []Pair[A, B]) ([]A, []B) {
	var as []A
	var bs []B
	for _, p := range ps {
		as = append(as, p.a)
		bs = append(bs, p.b)
	}
	return as, bs
}

func Twice[T any](v T) Box[Box[T]] { return Wrap(Wrap(v)) }

func Count[T any](xs []T) int {
	if len(xs) == 0 {
		return 0
	}
	return 1 + Count(xs[1:])
}

func main() {
	bb := Twice(5)
	println(bb.Get().Get())
	bs := Twice("s")
	println(bs.v.v)
	ps := Zip([]int{1, 2, 3}, []string{"a", "b"})
	println(len(ps), ps[1].a, ps[1].b)
	as, bss := Unzip(ps)
	println(len(as), as[0], bss[1])
	nested := Zip(ps, []bool{true})
	println(nested[0].a.b, nested[0].b)
	println(Count(ps), Count([]Box[int]{{1}, {2}, {3}}))
	bp := Wrap(&bb)
	println(bp.Get().Get().Get())
}
