// float64 to float32 rounding, overflow to infinity, denormals.
package main

func main() {
	vals := []float64{0.1, 1.0 / 3, 16777217, 3.4028234663852886e38, 3.4028235677973366e38,
		1e39, -1e39, 1e-45, 7e-46, 1.401298464324817e-45, 1e-50, 2.5, 0.30000000000000004}
	for _, v := range vals {
		f := float32(v)
		println(v, f, float64(f), f == f)
	}
	var a, b float32 = 0.1, 0.2
	println(a+b, a*b, a/b, a-b)
	var c float32 = 16777216
	c++
	println(c)
	var d float32 = 1e38
	d *= 10
	println(d)
}
