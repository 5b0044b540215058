// unsafe.Slice with a negative length.
package main

import "unsafe"

//go:noinline
func mk(p *int, n int) []int { return unsafe.Slice(p, n) }

func main() {
	x := 1
	println(len(mk(&x, 1)))
	println(len(mk(&x, -1)))
}
