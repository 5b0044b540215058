// Package-level variables initialize in dependency order; init functions run in order.
package main

var (
	a = b + 1
	b = f("b", 10)
	c = f("c", a*2)
	d int
)

var total = sum(a, b, c)

func f(name string, v int) int {
	println("init", name, v)
	return v
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	println("init 1", a, b, c, d)
	d = 4
}

func init() {
	println("init 2", d, total)
}

func main() {
	println("main", a, b, c, d, total)
}
