// Arithmetic on typed variables initialised from constants wraps at run time.
package main

type Byte uint8

const limit Byte = 250

func main() {
	b := limit
	for i := 0; i < 10; i++ {
		b++
	}
	println(b)
	var i16 int16 = 32767
	i16 += 1
	println(i16)
	const k = 1000
	var u8 uint8 = k % 256
	u8 *= 3
	println(u8)
	x := int32(1 << 30)
	println(x*2, x*4, -x*2)
}
