// Arithmetic mixing explicit conversions between widths and signedness.
package main

func main() {
	var a int8 = -100
	var b uint8 = 200
	var c int16 = int16(a) * int16(b)
	println(c, int8(c), uint8(c))
	var d int32 = int32(a) << 20
	println(d, uint32(d)>>28, d>>28)
	var e uint64 = uint64(uint32(a))
	println(e, int64(int32(uint32(a))))
	sum := 0
	for _, v := range []int8{127, 1, -128, -1} {
		sum += int(v)
	}
	println(sum)
	var acc uint16
	for i := 0; i < 1000; i++ {
		acc += uint16(i * 7)
	}
	println(acc)
	x := uint8(3)
	y := uint8(5)
	println(x-y, int(x)-int(y), int8(x-y))
}
