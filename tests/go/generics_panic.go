package main

func At[T any](xs []T, i int) T {
	for j := 0; j < len(xs); j++ {
		if j == i {
			return xs[j]
		}
	}
	return xs[i]
}

func main() {
	xs := []string{"a", "b"}
	println(At(xs, 1))
	println(At(xs, 5))
}
