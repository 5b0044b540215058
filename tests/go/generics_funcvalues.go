package main

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Apply[T any](xs []T, f func(T) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Ident[T any](x T) T { return x }

type Op[T any] func(T, T) T

func Fold[T any](xs []T, op Op[T]) T {
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = op(acc, x)
	}
	return acc
}

func Add[T ~int | ~string](a, b T) T { return a + b }

func main() {
	d := Double[int]
	println(d(21))
	var df func(float64) float64 = Double
	println(df(1.25))
	r := Apply([]int{1, 2, 3}, Double[int])
	println(r[0], r[1], r[2])
	rf := Apply([]float64{0.5}, Double)
	println(rf[0])
	println(Ident(Ident[string])("id"))
	println(Fold([]int{1, 2, 3, 4}, Add[int]), Fold([]string{"a", "b"}, Add))
	fs := []func(int) int{Double[int], Ident[int], func(x int) int { return -x }}
	for _, f := range fs {
		print(f(5), " ")
	}
	println()
}
