// NaN, infinities and negative zero in arithmetic and comparisons.
package main

func main() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	ninf := -1 / zero
	nz := -zero
	println(nan, inf, ninf, nz, zero)
	println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
	println(inf > 1e308, ninf < -1e308, inf == inf, inf-inf, inf*0)
	println(nz == zero, 1/nz, 1/zero, nz < zero)
	println(inf+ninf, inf*ninf, -inf, ninf/inf)
	var f32 float32 = float32(zero)
	n32 := f32 / f32
	println(n32, n32 == n32, float32(inf), -f32)
	x := nan
	if x < 0 || x >= 0 {
		println("ordered")
	} else {
		println("unordered")
	}
	if !(x == x) {
		println("nan is not itself")
	}
}
