// make with a length beyond the maximum allocation.
package main

//go:noinline
func mk(n uint64) []byte { return make([]byte, n) }

func main() {
	println(len(mk(5)))
	println(len(mk(1 << 50)))
}
