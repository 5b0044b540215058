package main

type Conv struct{}

func (Conv) To[T any](x int) T {
	var z T
	return z
}

func main() {
	var c Conv
	_ = c.To(1)
	_ = c.To[int, string](1)
}
