// unsafe.String of a nil pointer with a non-zero length.
package main

import "unsafe"

//go:noinline
func mk(p *byte, n int) string { return unsafe.String(p, n) }

func main() {
	println(len(mk(nil, 0)))
	println(len(mk(nil, 2)))
}
