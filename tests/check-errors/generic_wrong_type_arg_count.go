package main

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	_ = Map[int, string, bool]
	var p Pair[int]
	_ = p
}
