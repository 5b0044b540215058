// Shifting by a negative signed count.
package main

//go:noinline
func shl(x int, s int) int { return x << s }

func main() {
	println(shl(1, 10))
	println(shl(1, -3))
}
