// A negative low bound in a slice expression.
package main

//go:noinline
func cut(s []int, lo int) []int { return s[lo:] }

func main() {
	s := []int{1, 2}
	println(len(cut(s, 2)))
	println(len(cut(s, -1)))
}
