package main

func Describe[T any](x T) string {
	return x.String()
}

func main() {
	_ = Describe(1)
}
