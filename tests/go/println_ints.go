// println formats of every integer type at its extremes.
package main

func main() {
	println(int8(-128), int8(127), uint8(255))
	println(int16(-32768), int16(32767), uint16(65535))
	println(int32(-2147483648), int32(2147483647), uint32(4294967295))
	println(int64(-9223372036854775808), int64(9223372036854775807), uint64(18446744073709551615))
	println(int(0), uint(0), uintptr(0), uintptr(0xdeadbeef))
	var r rune = 'x'
	var b byte = 'y'
	println(r, b)
	print(1, 2, 3, "\n")
	print(-1, "x", -2, "\n")
}
