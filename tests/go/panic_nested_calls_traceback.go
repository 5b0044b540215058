// A panic several calls deep: every frame appears, innermost first.
package main

//go:noinline
func a(n int) int {
	if n == 0 {
		panic("bottom reached")
	}
	return b(n-1) + 1
}

//go:noinline
func b(n int) int { return c(n) * 2 }

//go:noinline
func c(n int) int { return a(n) }

func main() {
	println(a(3))
}
