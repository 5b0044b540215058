// println formats floats with Go's %e-like shortest format.
package main

func main() {
	fs := []float64{0, 1, -1, 0.5, 1.0 / 3, 100, 1e6, 1e20, 1e21, 1e-5, 1e-7, 123456789, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 3.141592653589793, -0.0}
	for _, f := range fs {
		println(f)
	}
	zero := 0.0
	println(-zero, zero/zero, 1/zero, -1/zero)
	gs := []float32{0.1, 1.0 / 3, 16777216, 3.4028235e38, 1e-45, -2.5}
	for _, g := range gs {
		println(g)
	}
	print(1.5, 2.5, "\n")
}
