// Building complex numbers from parts and converting between sizes.
package main

func main() {
	var c64 complex64 = complex(float32(1.1), float32(2.2))
	c128 := complex128(c64)
	println(c64, c128, real(c128) == float64(float32(1.1)))
	back := complex64(c128 * 3)
	println(back)
	z := complex(3, 4)
	mag2 := real(z)*real(z) + imag(z)*imag(z)
	println(mag2)
	conj := complex(real(z), -imag(z))
	println(z*conj, z/conj)
	const ci = 2i * 2i
	println(ci, real(ci))
	var zs [3]complex128
	for i := range zs {
		zs[i] = complex(float64(i), float64(-i))
	}
	println(zs[0]+zs[1]+zs[2], zs[1] == complex(1, -1))
	x := 1e308 + 1e308i
	println(x*x, x/2)
}
