// Unsigned division by a zero variable.
package main

var zero uint32

func main() {
	x := uint32(10)
	println(x / (zero + 1))
	println(x / zero)
}
