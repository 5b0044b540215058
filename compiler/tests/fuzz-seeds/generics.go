// Package gen exercises type parameters.
package gen

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Ordered interface {
	Number | ~string
	comparable
}

type Stringish[T any] interface {
	~[]byte | ~string
	Len() int
	fmt.Stringer
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

type Tree[T interface{ Less(T) bool }] struct {
	left, right *Tree[T]
	v           T
}

type Alias[T any] = List[T]

type Fn[P, R any] func(P) R

type Matrix[T Number, N ~[4]T] [4]N

func (l *List[T]) Push(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[_]) Len() int { return l.size }

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, p.Val) }

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, e := range s {
		out = append(out, f(e))
	}
	return out
}

func Sum[T Number](xs ...T) (total T) {
	for _, x := range xs {
		total += x
	}
	return
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Zero[T any]() (z T) { return }

func Ptr[T any, PT interface {
	*T
	Set(string)
}](s string) T {
	var v T
	PT(&v).Set(s)
	return v
}

func use() {
	_ = Map[[]int, int, string]([]int{1, 2}, func(i int) string { return fmt.Sprint(i) })
	_ = Sum(1, 2, 3)
	_ = Sum[float64]()
	_ = Max("a", "b")
	_ = Zero[*Pair[string, []int]]()
	var f Fn[int, bool] = func(int) bool { return true }
	_ = f
	var m Matrix[int, [4]int]
	_ = m[0][1]
	type local[T any] struct{ x T }
	_ = local[int]{x: 1}
	var x interface{ ~int } // not valid outside constraints, but parses
	_ = x
	_ = Pair[string, int]{"a", 1}
	g := Max[int]
	_ = g(a[b], c[d, e])
	_ = a < b || c > (d)
	var _ [N * M]T
	var _ []T[int]
}
