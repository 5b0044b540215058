package main

type List[T any] struct {
	items []T
}

func Identity[T any](x T) T { return x }

func main() {
	var l List
	_ = l
	f := Identity
	_ = f
}
