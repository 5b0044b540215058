package main

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(x T) { q.items = append(q.items, x) }

func (q *Queue[T]) MustPop() T {
	for len(q.items) == 0 {
		panic("pop from empty queue")
	}
	x := q.items[0]
	q.items = q.items[1:]
	return x
}

func Drain[T any](q *Queue[T], n int) {
	for i := 0; i < n; i++ {
		println(q.MustPop())
	}
}

func main() {
	q := &Queue[int]{}
	q.Push(1)
	q.Push(2)
	Drain(q, 3)
}
