// A slice-bounds panic inside a loop reports the failing iteration's bounds.
package main

//go:noinline
func prefixes(s string, n int) int {
	total := 0
	for i := 0; i <= n; i++ {
		total += len(s[:i])
	}
	return total
}

func main() {
	println(prefixes("hello", 5))
	println(prefixes("hello", 7))
}
