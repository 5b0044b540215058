// Operands and calls are evaluated left to right; assignments happen after.
package main

var trace string

func v(s string, n int) int { trace += s; return n }

func main() {
	x := v("a", 1) + v("b", 2)*v("c", 3)
	println(x, trace)
	trace = ""
	xs := []int{0, 0, 0}
	xs[v("i", 1)] = v("r", 5)
	println(xs[1], trace)
	a, b := 1, 2
	a, b = b, a
	println(a, b)
	i := 0
	i, xs[i] = 2, 9
	println(i, xs[0], xs[2])
	trace = ""
	println(v("p", 1), v("q", 2), trace)
}
