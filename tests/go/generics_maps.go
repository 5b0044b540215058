package main

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func SumValues[K comparable, V ~int | ~float64](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T)      { s.m[x] = struct{}{} }
func (s *Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Remove(x T)   { delete(s.m, x) }

type Cache[K comparable, V any] struct {
	data  map[K]V
	loads int
	load  func(K) V
}

func (c *Cache[K, V]) Get(k K) V {
	if v, ok := c.data[k]; ok {
		return v
	}
	c.loads++
	v := c.load(k)
	c.data[k] = v
	return v
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	ks := Keys(m)
	println(len(ks), SumValues(m))
	println(SumValues(map[int]float64{1: 0.5, 2: 0.25}))
	g := GroupBy([]int{1, 2, 3, 4, 5, 6, 7}, func(x int) bool { return x%2 == 0 })
	println(len(g[true]), len(g[false]), g[true][0], g[false][3])
	s := NewSet("x", "y", "x")
	println(s.Len(), s.Has("x"), s.Has("z"))
	s.Remove("x")
	println(s.Len(), s.Has("x"))
	type pt struct{ x, y int }
	ps := NewSet(pt{1, 2}, pt{1, 2}, pt{2, 1})
	println(ps.Len(), ps.Has(pt{2, 1}))
	c := &Cache[int, string]{data: map[int]string{}, load: func(k int) string { return string(rune('a' + k)) }}
	println(c.Get(1), c.Get(2), c.Get(1), c.loads)
}
