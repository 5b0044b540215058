package main

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Update[T any](p *T, f func(T) T) { *p = f(*p) }

type Node[T any] struct {
	Val  T
	Kids []*Node[T]
}

func (n *Node[T]) Walk(visit func(*Node[T], int), depth int) {
	visit(n, depth)
	for _, k := range n.Kids {
		k.Walk(visit, depth+1)
	}
}

func Build[T any](vals ...T) *Node[T] {
	root := &Node[T]{Val: vals[0]}
	cur := root
	for _, v := range vals[1:] {
		child := &Node[T]{Val: v}
		cur.Kids = append(cur.Kids, child, &Node[T]{Val: v})
		cur = child
	}
	return root
}

func Accum[T ~int | ~string](xs []T) (T, func() T) {
	var total T
	for _, x := range xs {
		total += x
	}
	get := func() T { return total }
	total += xs[0]
	return total, get
}

type Wrapper[T any] struct {
	inner struct {
		v   T
		arr [2]T
	}
}

func main() {
	a, b := "x", "y"
	Swap(&a, &b)
	println(a, b)
	n := 4
	Update(&n, func(x int) int { return x * x })
	println(n)
	t := Build(1, 2, 3)
	count := 0
	t.Walk(func(nd *Node[int], d int) {
		count++
		if d == 2 {
			println("leaf", nd.Val)
		}
	}, 0)
	println(count)
	s, get := Accum([]string{"a", "b"})
	println(s, get())
	var w Wrapper[float64]
	w.inner.arr[1] = 2.5
	w.inner.v = w.inner.arr[1] * 2
	p := &w.inner.arr[0]
	*p = 1
	println(w.inner.v, w.inner.arr[0])
}
