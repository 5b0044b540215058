package main

func big(a, b, c, d int) int {
	x := a*b + c*d - a*c + b*d
	y := x*x + a - b + c - d
	z := y*x + x*a - y*b + c*d
	w := z*z + y*y + x*x + a*a
	v := w*z + y*x + a*b + c*d
	u := v*w + z*y + x*a + b*c
	t := u*v + w*z + y*x + a*b
	return t + u + v + w + x + y + z
}

func small(a int) int { return a + 1 }

func main() {
	println(big(1, 2, 3, 4), small(2))
}
