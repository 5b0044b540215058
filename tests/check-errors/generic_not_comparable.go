package main

func Index[T comparable](xs []T, x T) int { return -1 }

func main() {
	_ = Index([][]int{}, []int{1})
	_ = Index[func()](nil, nil)
}
