// Slicing a slice beyond its capacity.
package main

//go:noinline
func cut(s []int, hi int) []int { return s[:hi] }

func main() {
	s := make([]int, 2, 5)
	println(len(cut(s, 5)))
	println(len(cut(s, 6)))
}
