package main

func Counter[T ~int | ~float64](step T) func() T {
	var n T
	return func() T {
		n += step
		return n
	}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(x A) C { return g(f(x)) }
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	var keys []K
	var vals []V
	return func(k K) V {
		for i, kk := range keys {
			if kk == k {
				return vals[i]
			}
		}
		v := f(k)
		keys = append(keys, k)
		vals = append(vals, v)
		return v
	}
}

func Apply[T any](xs []T, fs ...func(T) T) {
	for i := range xs {
		for _, f := range fs {
			xs[i] = f(xs[i])
		}
	}
}

func main() {
	c := Counter(2)
	c()
	c()
	println(c())
	cf := Counter(0.5)
	cf()
	println(cf())
	lenPlus := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) + 0.5 })
	println(lenPlus("abcd"))
	calls := 0
	sq := Memo(func(n int) int { calls++; return n * n })
	println(sq(4), sq(4), sq(5), calls)
	xs := []string{"a", "b"}
	Apply(xs, func(s string) string { return s + s }, func(s string) string { return "<" + s + ">" })
	println(xs[0], xs[1])
	double := func(x int) int { return x * 2 }
	id := Compose(double, Compose(double, func(x int) int { return x - 1 }))
	println(id(5))
}
