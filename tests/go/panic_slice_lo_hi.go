// Slicing with low greater than high.
package main

//go:noinline
func cut(s []int, lo, hi int) []int { return s[lo:hi] }

func main() {
	s := []int{1, 2, 3, 4}
	println(len(cut(s, 1, 3)))
	println(len(cut(s, 3, 1)))
}
