package main

type Ord interface {
	~int | ~int8 | ~uint | ~float64 | ~string
}

func Clamp[T Ord](x, lo, hi T) T { return max(lo, min(x, hi)) }

func Reset[S ~[]E, E any](s S) S {
	clear(s)
	return s[:0]
}

func MinOf[T Ord](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = min(m, x)
	}
	return m
}

func Cmp[T Ord](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func Sort[T Ord](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && Cmp(xs[j-1], xs[j]) > 0; j-- {
			xs[j-1], xs[j] = xs[j], xs[j-1]
		}
	}
}

func main() {
	println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"), Clamp[int8](-100, -50, 50))
	s := Reset([]int{1, 2, 3})
	println(len(s), cap(s), s[:3][1])
	println(MinOf(3, 1, 2), MinOf("b", "a"), MinOf[uint](7))
	xs := []string{"pear", "apple", "fig"}
	Sort(xs)
	println(xs[0], xs[1], xs[2])
	fs := []float64{2.5, -1, 0}
	Sort(fs)
	println(fs[0], fs[1], fs[2])
}
