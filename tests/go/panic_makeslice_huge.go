// make with a length too large for memory.
package main

//go:noinline
func mk(n int) []int64 { return make([]int64, n) }

func main() {
	println(len(mk(10)))
	println(len(mk(1 << 62)))
}
