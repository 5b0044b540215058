// == on structs and arrays holding complex numbers compares both parts
// (NaN parts make values unequal, -0 equals +0).
package main

type Z struct {
	a complex128
	b complex64
	n int8
}

func main() {
	x := Z{1 + 2i, 3 - 4i, 1}
	y := Z{1 + 2i, 3 - 4i, 1}
	println(x == y)
	y.b = 3 + 4i
	println(x == y)
	zero := 0.0
	n := Z{a: complex(zero/zero, 0)}
	println(n == n)
	p := Z{a: complex(zero, 0)}
	q := Z{a: complex(-zero, 0)}
	println(p == q)
	arr := [2]complex64{1i, 2}
	brr := [2]complex64{1i, 2}
	println(arr == brr, arr != [2]complex64{1i, 2i})
}
