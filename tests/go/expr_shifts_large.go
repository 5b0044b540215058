// Shifts by counts at and beyond the operand width, signed and unsigned.
package main

func main() {
	var one int8 = 1
	var u8 uint8 = 0x81
	var i32 int32 = -5
	var u64 uint64 = 1 << 63
	for _, s := range []uint{0, 1, 7, 8, 9, 31, 32, 33, 63, 64, 65, 200} {
		println(s, one<<s, u8<<s, u8>>s, i32<<s, i32>>s, u64>>s, u64<<s)
	}
	var n int = -1
	println(n>>100, uint(n)>>100, n<<100)
}
