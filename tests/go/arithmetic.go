// Integer arithmetic in every width (wrap-around, signed division
// rounding toward zero, shifts past the width), unsigned comparisons,
// float32 rounding and conversions, including amd64's results for
// out-of-range float-to-integer conversions.
package main

var (
	i8  int8   = 127
	u8  uint8  = 255
	i16 int16  = -32768
	u32 uint32 = 4294967295
	i64 int64  = -9223372036854775808
	f   float64 = 3.9
	big float64 = 1e300
	shift uint = 70
)

func main() {
	i8++
	u8++
	i16--
	u32 += 2
	println(i8, u8, i16, u32, i64-1, -i64)
	println(-7/2, -7%2, 7/-2, 7%-2, i64/-1, i64%-1)
	var a, b uint64 = 3, 18446744073709551615
	println(a < b, int64(a) < int64(b), a-b, b/a, b%10)
	println(1<<shift, -1>>shift, uint64(1)<<63>>shift, int32(a)<<31, uint16(a)<<15<<1)
	x := 0x0f0f
	println(x&0xff, x|0xf000, x^0xffff, x&^0x0f00, ^x)
	println(int(f), int(-f), uint8(int(f)*100), int8(200+int(f)), uint32(-int64(f)))
	println(float32(f), float64(float32(f)), float32(1)/3, float32(16777217))
	println(int64(big), uint64(big), int32(int64(big)), uint64(-f))
	var c int16 = 300
	println(int8(c), uint8(c), int64(c)*1000000000000)
	h := 1
	for i := 0; i < 70; i++ {
		h = h*31 + i
	}
	println(h)
}
