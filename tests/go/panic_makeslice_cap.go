// make with capacity smaller than length.
package main

//go:noinline
func mk(n, c int) []byte { return make([]byte, n, c) }

func main() {
	println(cap(mk(1, 2)))
	println(cap(mk(3, 2)))
}
