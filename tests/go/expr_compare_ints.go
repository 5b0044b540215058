// Comparison operators on signed and unsigned values at the edges.
package main

func cmp8(a, b int8) {
	println(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b)
}

func cmpu(a, b uint64) {
	println(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b)
}

func main() {
	cmp8(-128, 127)
	cmp8(127, -128)
	cmp8(-1, -1)
	cmpu(0, 1<<63)
	cmpu(1<<63, 1<<63-1)
	cmpu(^uint64(0), 0)
	var i32 int32 = -1
	var u32 uint32 = 1
	println(uint32(i32) > u32, i32 < int32(u32))
	x, y := uintptr(5), uintptr(9)
	println(x < y, x-y > y)
}
