package main

//go:noinline
func add(a, b int) int {
	return a + b
}

func sub(a, b int) int {
	return a - b
}

func main() {
	println(add(1, 2), sub(3, 1))
}
