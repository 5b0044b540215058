// Integer division by zero in a narrow type, and modulo.
package main

//go:noinline
func mod(a, b int8) int8 { return a % b }

func main() {
	println(mod(-7, 3))
	println(mod(5, 0))
}
