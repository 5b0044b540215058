// Integer to float conversions, including values float64 cannot hold exactly.
package main

func main() {
	var big int64 = 1<<53 + 1
	println(float64(big), float32(big))
	var u uint64 = 1<<64 - 1
	println(float64(u), float32(u))
	var u2 uint64 = 1<<63 + 1025
	println(float64(u2))
	var n int64 = -1 << 63
	println(float64(n), float32(n))
	var i8 int8 = -128
	println(float32(i8), float64(i8))
	var x int = 16777217
	println(float32(x), float64(float32(x)))
	var u32 uint32 = 0xffffffff
	println(float32(u32), float64(u32))
	for _, v := range []uint64{1<<63 - 1, 1 << 63, 1<<63 + 1<<11, 1<<63 + 1<<10, 12345678901234567890} {
		println(v, float64(v), uint64(float64(v)))
	}
}
