// Slicing a string beyond its length.
package main

//go:noinline
func sub(s string, lo, hi int) string { return s[lo:hi] }

func main() {
	println(sub("abcdef", 2, 6))
	println(sub("abcdef", 2, 7))
}
