// Float to integer conversions at and beyond the target range (amd64 results).
package main

//go:noinline
func f2i(f float64) (int8, uint8, int32, uint32, int64, uint64) {
	return int8(f), uint8(f), int32(f), uint32(f), int64(f), uint64(f)
}

func main() {
	for _, f := range []float64{0, -0.9, 0.9, 1.5, -1.5, 127.9, 128, 255.5, 256, -129,
		2147483647.5, 2147483648, -2147483649, 4294967296, 9.2e18, 9.3e18, 1.8e19, 2e19, -1e19} {
		a, b, c, d, e, g := f2i(f)
		println(f, a, b, c, d, e, g)
	}
	zero := 0.0
	a, b, c, d, e, g := f2i(zero / zero)
	println(a, b, c, d, e, g)
	a, b, c, d, e, g = f2i(1 / zero)
	println(a, b, c, d, e, g)
}
