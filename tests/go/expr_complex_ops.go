// complex64 and complex128 arithmetic, comparison, real/imag, and specials.
package main

func main() {
	a := complex(1.5, -2)
	b := 3 - 4i
	println(a+b, a-b, a*b, a/b)
	println(real(a*b), imag(a/b), a == b, a != b, a == complex(1.5, -2))
	var c complex64 = complex64(a)
	var d complex64 = 0.1 + 0.2i
	println(c*d, c/d, real(d), imag(d))
	z := complex(0, 0)
	println(a/z, -a, -z)
	inf := complex(1/real(z), 0)
	println(inf, inf*a)
	var e complex128
	e += 2i
	e *= e
	println(e, e == -4)
}
