// Conversions between integer types truncate or sign/zero-extend.
package main

func main() {
	var x int64 = -0x123456789abcdef
	println(int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x), uint64(x), uintptr(x))
	var u uint64 = 0xfedcba9876543210
	println(int8(u), uint8(u), int16(u), uint16(u), int32(u), uint32(u), int64(u), int(u))
	var b int8 = -2
	println(uint8(b), uint16(b), uint32(b), uint64(b), int64(b))
	var ub uint8 = 254
	println(int8(ub), int16(ub), int64(ub))
	var s int16 = -300
	println(int8(s), uint8(s))
	m1 := int8(-1)
	println(uint32(m1), int32(uint8(255)), uint16(int32(m1)))
}
