// Slicing a string with low above high.
package main

//go:noinline
func sub(s string, lo, hi int) string { return s[lo:hi] }

func main() {
	println(sub("hello", 1, 1))
	println(sub("hello", 3, 2))
}
