package main

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

func (s *Stack[T]) Peek() *T {
	if len(s.items) == 0 {
		return nil
	}
	return &s.items[len(s.items)-1]
}

func NewStack[T any](xs ...T) *Stack[T] {
	s := &Stack[T]{}
	for _, x := range xs {
		s.Push(x)
	}
	return s
}

type Lener interface{ Len() int }

func main() {
	var s Stack[int]
	for i := 0; i < 5; i++ {
		s.Push(i * 10)
	}
	println(s.Len())
	*s.Peek() += 1
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		print(v, " ")
	}
	println()
	ss := NewStack("a", "b", "c")
	top, _ := ss.Pop()
	println(top, ss.Len())
	var l Lener = ss
	println(l.Len())
	l = Stack[float64]{items: []float64{1, 2}}
	println(l.Len())
	ps := NewStack[*Stack[int]](&s, &s)
	println(ps.Len(), (*ps.Peek()).Len())
}
