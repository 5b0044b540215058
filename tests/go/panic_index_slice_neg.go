// Indexing a slice with a negative variable index.
package main

//go:noinline
func at(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	println(at(s, 2))
	println(at(s, -1))
}
