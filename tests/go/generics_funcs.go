package main

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func First[T any](xs []T) (T, bool) {
	if len(xs) == 0 {
		var zero T
		return zero, false
	}
	return xs[0], true
}

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func Repeat[T any](x T, n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = x
	}
	return out
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	sq := Map(xs, func(x int) int { return x * x })
	for _, v := range sq {
		print(v, " ")
	}
	println()
	even := Filter(sq, func(x int) bool { return x%2 == 0 })
	println(len(even), even[0], even[len(even)-1])
	sum := Reduce(xs, 0, func(a, x int) int { return a + x })
	println("sum", sum)
	strs := Map(xs, func(x int) string { return string(rune('a' + x)) })
	joined := Reduce(strs, "", func(a string, s string) string { return a + s })
	println(joined)
	f, ok := First(strs)
	println(f, ok)
	_, ok2 := First([]float64{})
	println(ok2)
	b, a := Swap(1, "one")
	println(b, a)
	c, d := Swap[float64, bool](2.5, true)
	println(c, d)
	r := Repeat[string]("ab", 3)
	println(len(r), r[0]+r[1]+r[2])
	lens := Map(Repeat("xyz", 2), func(s string) int { return len(s) })
	println(lens[0] + lens[1])
}
