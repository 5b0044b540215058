package main

func at80(a, b, c, d, e, f int) int {
	x := a + b + c + d + e + f
	y := x*a + x*b + x*c + x*d + x*e + x*f
	z := y*a + y*b + y*c + y*d + y*e
	return x + y + z + a*b*c*d*e*f + a + b + c + d
}

func at81(a, b, c, d, e, f int) int {
	x := a + b + c + d + e + f
	y := x*a + x*b + x*c + x*d + x*e + x*f
	z := y*a + y*b + y*c + y*d + y*e
	return x + y + z + a*b*c*d*e*f + a + b + c + d + e
}

func callsTwo(a int) int {
	return at80(a, a, a, a, a, a) + 1
}

func main() {
	println(at80(1, 2, 3, 4, 5, 6), at81(1, 2, 3, 4, 5, 6), callsTwo(2))
}
