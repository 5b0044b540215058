// Closures capturing variables by reference: counters and shared state.
package main

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	next, reset := counter()
	println(next(), next(), next())
	reset()
	println(next())
	other, _ := counter()
	println(other(), next())
	x := 1
	add := func(d int) { x += d }
	add(5)
	add(10)
	println(x)
	fs := [3]func() int{}
	for i := range fs {
		k := i * 10
		fs[i] = func() int { k++; return k }
	}
	println(fs[0](), fs[0](), fs[1](), fs[2]())
}
