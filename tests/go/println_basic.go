// print and println of the basic kinds: Go 1.27 formats floats in the
// shortest form, integers in decimal, and writes everything to stderr.
package main

var (
	zero    = 0.0
	negZero = -zero
	big     = 1e300
)

func main() {
	println(1, -2, uint64(18446744073709551615), int64(-9223372036854775808), int8(-8), uint8(200))
	println(1.5, 3.0, 1e21, 1e-7, 0.1, 0.0, 100.0, 1e20, 123456789.0, 1e-4, 1e-5, 123456.0, 1234567.0)
	println(float32(1.5), float32(3.0), float32(1e21), float32(1e-7), float32(0.1), float32(16777216.0), float32(1.0/3))
	println(1.7976931348623157e308, 5e-324, 1.0/3, 2.5e-300, -1.25, negZero, big*big, -big*big, zero/zero)
	println(true, false, "str", "", "a\tb")
	println(uintptr(0xdead), uintptr(0), 'a', byte('b'), rune(0x4e16))
	println()
	print("a", "b", 1, 2, true, 1.5, "\n")
	print(1, 2)
	print("\n")
	println("a", "b", 1, 2)
	print()
	println("end")
}
