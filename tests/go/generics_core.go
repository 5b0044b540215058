package main

func Sum[S ~[]E, E ~int | ~float64](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t
}

func Reverse[S ~[]E, E any](s S) S {
	out := make(S, len(s))
	for i := range s {
		out[len(s)-1-i] = s[i]
	}
	return out
}

func Grow[S ~[]E, E any](s S, n int) S {
	if cap(s)-len(s) < n {
		t := make(S, len(s), len(s)+n)
		copy(t, s)
		s = t
	}
	return s
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := 0; i < len(s); i++ {
		if s[i] == v {
			return i
		}
	}
	return -1
}

func Bytes[T ~string | ~[]byte](x T) int {
	n := 0
	for i := 0; i < len(x); i++ {
		n += int(x[i])
	}
	return n
}

type Ints []int
type Path string

func main() {
	println(Sum(Ints{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	r := Reverse(Ints{1, 2, 3})
	println(r[0], r[1], r[2], len(r))
	g := Grow([]string{"a"}, 10)
	println(len(g), cap(g) >= 11, g[0])
	println(Index([]string{"x", "y"}, "y"), Index(Ints{4}, 5))
	println(Bytes("ab"), Bytes([]byte{1, 2}), Bytes(Path("A")))
	sub := Reverse(Ints{9, 8, 7, 6})[1:3]
	println(Sum(sub))
}
