// Indexing a string out of range panics with Go's bounds message.
package main

//go:noinline
func at(s string, i int) byte {
	return s[i]
}

func main() {
	println(at("hello", 1))
	println(at("hello", 5))
}
