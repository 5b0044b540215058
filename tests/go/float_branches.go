// Conditions on floats (fused float compare-and-branch, NaN included:
// "not less" is not "greater or equal"), and unsigned division and
// remainder by powers of two (a shift and a mask).
package main

func classify(x, y float64) int {
	n := 0
	if x < y {
		n |= 1
	}
	if x <= y {
		n |= 2
	}
	if x > y {
		n |= 4
	}
	if x >= y {
		n |= 8
	}
	if x == y {
		n |= 16
	}
	if x != y {
		n |= 32
	}
	if !(x < y) {
		n |= 64
	}
	if !(x >= y) {
		n |= 128
	}
	if x < y || x != x {
		n |= 256
	}
	if x <= y && y <= x {
		n |= 512
	}
	return n
}

func classify32(x, y float32) int {
	n := 0
	if x < y {
		n |= 1
	}
	if !(x <= y) {
		n |= 2
	}
	if x > 0.1 {
		n |= 4
	}
	return n
}

func halvings(x float64) int {
	n := 0
	for x >= 1 {
		x /= 2
		n++
	}
	return n
}

func main() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	vals := []float64{-inf, -1, -zero, 0, 0.5, 1, inf, nan}
	for i := 0; i < len(vals); i++ {
		for j := 0; j < len(vals); j++ {
			print(classify(vals[i], vals[j]), " ")
		}
		println()
	}
	f := float32(0.1)
	println(classify32(f, 0.1), classify32(float32(nan), f), classify32(0.2, f))
	println(halvings(1e300), halvings(nan), halvings(-1))

	us := []uint64{0, 1, 7, 8, 255, 1 << 63, 1<<64 - 1}
	for _, u := range us {
		println(u%8, u/8, u%1, u/1, u%(1<<63), u/(1<<63), u%1024, u/1024)
	}
	var b uint8 = 250
	var w uint32 = 1<<32 - 3
	println(b%16, b/16, w%256, w/256, uint16(b)%4)
	s := -13
	println(s%8, s/8, int8(-7)%4, int8(-7)/4)
}
