// Large arrays and structs by value (copies, ==, in slices), variadic
// spreads of array slices, and slices of function literals.
package main

//go:noinline
func sum(xs ...int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	fns := map0()
	for i, f := range fns {
		println(i, f(1, 2))
	}
	var bigArr [100]int
	for i := range bigArr {
		bigArr[i] = i
	}
	println(sum(bigArr[:]...), sum(bigArr[10:20]...))
	copyArr := bigArr
	copyArr[0] = 1000
	println(bigArr[0], copyArr[0], bigArr == copyArr)
	type wide struct {
		a [10]int64
		s string
	}
	w := wide{s: "w"}
	w.a[9] = 9
	w2 := w
	w2.a[9] = 10
	println(w.a[9], w2.a[9], w == w2)
	ws := []wide{w, w2}
	println(ws[1].a[9], ws[0].s)
}

func map0() []func(int, int) int {
	return []func(int, int) int{
		func(a, b int) int { return a + b },
		func(a, b int) int { return a * b },
		func(a, b int) int { return sum(a, b, a*b) },
	}
}
