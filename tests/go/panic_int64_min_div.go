// MinInt64 / -1 does not panic; modulo by zero does.
package main

//go:noinline
func div(a, b int64) (int64, int64) { return a / b, a % b }

func main() {
	println(div(-1<<63, -1))
	println(div(7, -2))
	println(div(1, 0))
}
