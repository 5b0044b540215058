// complex64 and complex128: literals, arithmetic (complex64 rounded to
// float32 at each step), division with Go's special cases (by zero,
// infinities), real/imag/complex, comparison, conversion, memory
// layout in structs and slices, and print's format.
package main

type signal struct {
	tag  int8
	amp  complex64
	wide complex128
}

var zero = 0.0

func main() {
	a := complex(1.5, -2)
	b := 3 + 4i
	println(a, b, a+b, a-b, a*b, a/b)
	println(real(b), imag(b), -b, a == a, a != b)
	var c64 complex64 = complex64(b)
	d64 := complex64(complex(0.1, 3))
	println(c64*d64, c64/d64, d64+0.2i)
	inf := 1 / zero
	nan := zero / zero
	println(b/0, complex(inf, 1)/b, b/complex(inf, inf), complex(nan, inf), complex(zero, -zero))
	s := signal{tag: 1, amp: complex64(a), wide: b * b}
	ps := &s
	ps.amp *= 2
	list := []complex128{1i, 2, 3 + 3i}
	list = append(list, list[2]*list[0])
	list[1]++
	c64--
	println(s.tag, s.amp, ps.wide, len(list), list[3], list[1], c64)
}
