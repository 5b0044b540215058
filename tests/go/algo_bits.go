// Bit manipulation: popcount, reverse, leading zeros, powers of two.
package main

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func clz32(x uint32) int {
	if x == 0 {
		return 32
	}
	n := 0
	for x&0x80000000 == 0 {
		x <<= 1
		n++
	}
	return n
}

func nextPow2(x uint) uint {
	x--
	x |= x >> 1
	x |= x >> 2
	x |= x >> 4
	x |= x >> 8
	x |= x >> 16
	x |= x >> 32
	return x + 1
}

func main() {
	println(popcount(0), popcount(0xff), popcount(1<<63|1), popcount(^uint64(0)))
	println(reverse8(1), reverse8(0xf0), reverse8(0xa5))
	println(clz32(0), clz32(1), clz32(0x00010000), clz32(0xffffffff))
	println(nextPow2(1), nextPow2(5), nextPow2(1024), nextPow2(1025))
	x := int32(-8)
	println(x>>1, uint32(x)>>1, x&-x, x^(x>>31)-(x>>31))
	var rot uint32 = 0x80000001
	println(rot<<1|rot>>31, rot>>1|rot<<31)
}
