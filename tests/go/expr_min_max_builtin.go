// The min and max builtins on integers, floats (NaN, -0) and strings.
package main

func main() {
	a, b, c := 3, -7, 5
	println(min(a, b, c), max(a, b, c), min(a), max(b, c))
	var u8 uint8 = 200
	println(min(u8, 100), max(u8, 255))
	x, y := 1.5, -2.5
	zero := 0.0
	nan := zero / zero
	println(min(x, y), max(x, y), min(x, nan), max(nan, y))
	println(min(zero, -zero), max(-zero, zero))
	println(min("b", "a", "c"), max("b", "a", "c"), min("", "x"))
	const k = min(3, 1.5)
	println(k, max(1, 2, 3))
}
