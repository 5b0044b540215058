package main

type Stringer interface{ String() string }

func Join[T Stringer](xs []T) string { return "" }

type plain struct{}

func main() {
	_ = Join([]plain{})
	_ = Join([]int{1})
}
