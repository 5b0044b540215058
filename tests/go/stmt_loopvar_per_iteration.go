// Go 1.22: each iteration has its own loop variable; closures see that copy.
package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, s := range []int{10, 20} {
		fs = append(fs, func() int { return s })
	}
	for i := range 2 {
		fs = append(fs, func() int { return i * 100 })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2])
	// Changing the variable inside the body carries into the next iteration.
	for i := 0; i < 10; i++ {
		inc := func() { i += 3 }
		inc()
		print(i, " ")
	}
	println()
}
