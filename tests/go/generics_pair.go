package main

type Pair[K comparable, V comparable] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

func (p Pair[K, V]) Equal(q Pair[K, V]) bool { return p == q }

func (p *Pair[K, V]) SetVal(v V) { p.Val = v }

func MakePair[K, V comparable](k K, v V) Pair[K, V] { return Pair[K, V]{Key: k, Val: v} }

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func None[T any]() Opt[T] { return Opt[T]{} }

func (o Opt[T]) Get(def T) T {
	if o.ok {
		return o.v
	}
	return def
}

func main() {
	p := MakePair("x", 42)
	q := p.Swap()
	println(q.Key, q.Val)
	println(p.Equal(MakePair("x", 42)), p.Equal(Pair[string, int]{"y", 42}))
	p.SetVal(7)
	println(p.Val)
	pp := &p
	pp.SetVal(8)
	println(p.Val, pp.Swap().Key)
	nested := MakePair(p, 1.5)
	println(nested.Key.Key, nested.Key.Val, nested.Val)
	println(Some(3).Get(0), None[int]().Get(-1), Some("s").Get(""), None[string]().Get("def"))
	arr := [2]Pair[int, bool]{{1, true}, {2, false}}
	println(arr[1].Key, arr[0].Val, arr[0] == arr[1])
}
