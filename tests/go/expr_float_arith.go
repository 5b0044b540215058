// float64 and float32 arithmetic: rounding, accumulation error, large and tiny values.
package main

func main() {
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	println(sum, sum == 1.0)
	var s32 float32
	for i := 0; i < 10; i++ {
		s32 += 0.1
	}
	println(s32, s32 == 1.0)
	huge, tiny := 1e308, 5e-324
	println(huge*10, -huge*10, tiny/2, 1/3.0*3)
	a, b := 0.1, 0.2
	println(a+b, a*b, b/a, b-a)
	var x float32 = 1 << 24
	println(x+1, x+2, float32(1)/3)
	big := 9007199254740993.0
	println(big, big+1)
	h := 0.5
	println(h*h*h, -h/1e300/1e300)
	f := 7.0
	g := 2.0
	println(f/g, float64(int(f/g)), f-g*float64(int(f/g)))
}
