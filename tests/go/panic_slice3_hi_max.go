// A full slice expression with high above max.
package main

//go:noinline
func cut(s []int, hi, max int) []int { return s[:hi:max] }

func main() {
	s := make([]int, 5)
	println(len(cut(s, 2, 3)))
	println(len(cut(s, 4, 3)))
}
