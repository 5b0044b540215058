// Bitwise operators on every integer kind, including &^ and unary ^.
package main

func main() {
	var a, b int8 = 0x5a, -0x33
	println(a&b, a|b, a^b, a&^b, ^a, ^b)
	var c, d uint8 = 0xf0, 0x3c
	println(c&d, c|d, c^d, c&^d, ^c)
	var e, f int16 = -1, 0x1234
	println(e&f, e|f, e^f, e&^f, ^f)
	var g, h uint32 = 0xdeadbeef, 0x0ff0f00f
	println(g&h, g|h, g^h, g&^h, ^g)
	var i, j int64 = -0x123456789, 0x7fff0000ffff
	println(i&j, i|j, i^j, i&^j, ^j)
	var k, l uint64 = 0xffffffffffffffff, 0x8000000000000001
	println(k&l, k|l, k^l, k&^l, ^l)
	var m uintptr = 0xff00
	println(m &^ 0xf000, ^m)
	x := 0
	x |= 6
	x &= 3
	x ^= 7
	x &^= 1
	println(x)
}
