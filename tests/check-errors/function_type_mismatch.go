package main

func apply(f func(int) int, x int) int { return f(x) }

func toString(n int) string { return "" }

func main() {
	_ = apply(toString, 1)
	var g func() = func(x int) {}
	_ = g
}
