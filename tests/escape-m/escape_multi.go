package main

type Pair struct {
	a, b *int
}

func two(x, y *int) (*int, *int) {
	return y, x
}

func named(p *int) (r *int) {
	r = p
	return
}

func mkPair(x, y *int) Pair {
	return Pair{x, y}
}

//go:noinline
func swap(x, y *int) (*int, *int) {
	return y, x
}

func main() {
	i, j := 1, 2
	a, b := two(&i, &j)
	c := named(a)
	p := mkPair(b, c)
	k, l := 3, 4
	m, n := swap(&k, &l)
	println(*p.a, *p.b, *m, *n)
}
