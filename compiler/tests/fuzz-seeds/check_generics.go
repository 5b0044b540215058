// Package generic: type parameters, constraints, inference and
// instantiation. Type-correct: the checker must accept it.
package generic

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Float
}

type Ordered interface {
	Integer | Float | ~string
}

type Stringer interface{ String() string }

type StringableInt interface {
	~int
	String() string
}

type MyInt int

func (m MyInt) String() string { return "myint" }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Min[T Ordered](a T, rest ...T) T {
	m := a
	for _, r := range rest {
		if r < m {
			m = r
		}
	}
	return m
}

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, e := range s {
		out = append(out, f(e))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, e := range s {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

func Describe[T StringableInt](v T) string { return v.String() + string(rune(int(v))) }

func Convert[From Integer, To Number](x From) To { return To(x) }

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() (z T) { return }

func Deref[P interface{ *E }, E any](p P) E { return *p }

type Setter[T any] interface {
	*T
	Set(string)
}

type Config struct{ name string }

func (c *Config) Set(s string) { c.name = s }

func FromString[T any, PT Setter[T]](s string) T {
	var v T
	PT(&v).Set(s)
	return v
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{Key: "", Val: p.Key} }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Stack[T any] struct{ items []T }

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

func (s *Stack[_]) Len() int { return len(s.items) }

type Tree[T Ordered] struct {
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

func (t *Tree[T]) All(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.All(yield) && yield(t.Val) && t.Right.All(yield)
}

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)

func Enumerate[T any](s []T) Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Values[T Ordered](t *Tree[T]) Seq[T] {
	return func(yield func(T) bool) { t.All(yield) }
}

type List[T any] = []T

type Matrix[T Number] [][]T

func (m Matrix[T]) Trace() (t T) {
	for i := range m {
		t += m[i][i]
	}
	return
}

type Num[T Number] struct{ v T }

func (n Num[T]) Add(o Num[T]) Num[T] { return Num[T]{n.v + o.v} }

type Cache[K comparable, V any] struct {
	data map[K]V
	miss func(K) V
}

func NewCache[K comparable, V any](miss func(K) V) *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}, miss: miss}
}

func (c *Cache[K, V]) Get(k K) V {
	if v, ok := c.data[k]; ok {
		return v
	}
	v := c.miss(k)
	c.data[k] = v
	return v
}

type Lesser[T any] interface{ Less(T) bool }

func SortedMin[T Lesser[T]](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

func Apply[T any, F ~func(T) T](x T, fs ...F) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Len[T ~string | ~[]byte](s T) int { return len(s) }

func Index0[T ~[]E | ~[4]E, E any](s T) E { return s[0] }

func Chan[T any](c chan T) T { return <-c }

func use() {
	_ = Sum(1, 2, 3)
	_ = Sum(1.5, 2)
	_ = Sum[MyInt]()
	_ = Sum[int8](1, 2)
	_ = Min("b", "a", "c")
	_ = Min[float32](1, 2.5)
	strs := Map([]int{1, 2}, func(i int) string { return string(rune('a' + i)) })
	_ = Filter(strs, func(s string) bool { return s != "" })
	_ = Reduce([]int{1, 2, 3}, 0.0, func(a float64, v int) float64 { return a + float64(v) })
	_ = Keys(map[string]bool{"x": true})
	_ = Index([]string{"a"}, "a")
	_ = Describe(MyInt(65))
	_ = Convert[int, float64](3)
	_ = Convert[uint8, MyInt](3)
	p := Ptr(42)
	_ = Deref(p)
	_ = Zero[[]map[string]int]()
	_ = FromString[Config]("cfg")
	pr := MakePair("k", 1.5)
	_ = pr.Swap().Val
	var st Stack[Pair[string, int]]
	st.Push(Pair[string, int]{"a", 1})
	if v, ok := st.Pop(); ok {
		_ = v.Key
	}
	_ = st.Len()
	var t *Tree[string]
	t = t.Insert("m").Insert("a")
	for v := range Values(t) {
		_ = v
	}
	for i, v := range Enumerate([]rune("héllo")) {
		_, _ = i, v
	}
	var l List[int] = []int{1}
	_ = l
	_ = Matrix[float64]{{1, 0}, {0, 1}}.Trace()
	_ = Num[int]{1}.Add(Num[int]{2})
	c := NewCache(func(k int) string { return "" })
	_ = c.Get(1)
	_ = SortedMin([]Age{3, 1, 2})
	_ = Apply(2, func(x int) int { return x * x })
	_ = Len("abc") + Len([]byte{1})
	_ = Index0[[4]int, int]([4]int{1})
	_ = Chan(make(chan bool, 1))
	f := Sum[float64]
	_ = f(1, 2)
	var g func(...int) int = Sum
	_ = g
	type local[T any] struct{ x T }
	_ = local[string]{x: "s"}
}
