// println of bools, complex numbers, nil values, slices and interfaces (shape only).
package main

type E struct{}

func (E) Error() string { return "E" }

func main() {
	println(true, false, !true)
	println(complex(1, 2), complex(-0.5, 0), complex64(complex(1.5, -1)))
	var p *int
	var s []int
	var i any
	var e error
	var f func()
	println(p == nil, s == nil, i == nil, e == nil, f == nil)
	println(p, i, e)
	println(s)
	var x any = 5
	println(x != nil)
	println()
	println("")
	print()
	print("end\n")
}
