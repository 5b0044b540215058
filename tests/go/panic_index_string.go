// Indexing a string past its end.
package main

//go:noinline
func byteAt(s string, i int) byte { return s[i] }

func main() {
	println(byteAt("hello", 4))
	println(byteAt("hello", 5))
}
