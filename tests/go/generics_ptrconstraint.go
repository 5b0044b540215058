package main

type Setter[T any] interface {
	*T
	Set(string)
}

type Name struct{ s string }

func (n *Name) Set(s string) { n.s = "name:" + s }

type Code struct{ c int }

func (c *Code) Set(s string) { c.c = len(s) }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

func Convert[T, U ~int | ~float64 | ~int8](x T) U { return U(x) }

func Times[T ~int](n T, f func(T)) {
	for i := range n {
		f(i)
	}
}

func Concat[S ~string](a, b S) S { return a + b + a }

type Label string

var global = FromStrings[Code]([]string{"ab", "abcd"})

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	ns := FromStrings[Name]([]string{"x", "y"})
	println(ns[0].s, ns[1].s)
	println(global[0].c, global[1].c)
	println(Convert[float64, int](2.9), Convert[int, int8](300), Convert[int, float64](3))
	Times(3, func(i int) { print(i, ";") })
	println()
	println(Concat(Label("<"), "-"))
	println(Max(1, 2.5))
	var st interface{ Set(string) } = &ns[0]
	st.Set("z")
	println(ns[0].s)
}
