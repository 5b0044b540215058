package main

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) Reverse() *List[T] {
	r := &List[T]{}
	l.Each(func(v T) { r.Push(v) })
	return r
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	var l List[int]
	for i := 1; i <= 4; i++ {
		l.Push(i)
	}
	l.Each(func(v int) { print(v, " ") })
	println(l.size)
	l.Reverse().Each(func(v int) { print(v, " ") })
	println()
	var t *Tree[string]
	for _, s := range []string{"m", "c", "x", "a", "e"} {
		t = t.Insert(s)
	}
	t.Walk(func(s string) { print(s) })
	println()
	var ti *Tree[int]
	for _, v := range []int{5, 3, 8, 1} {
		ti = ti.Insert(v)
	}
	sum := 0
	ti.Walk(func(v int) { sum += v })
	println(sum)
}
