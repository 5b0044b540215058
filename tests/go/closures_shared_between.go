// Several closures sharing one captured variable see each other's writes.
package main

func pair() (get func() int, inc func(), dbl func()) {
	v := 1
	get = func() int { return v }
	inc = func() { v++ }
	dbl = func() { v *= 2 }
	return
}

func main() {
	get, inc, dbl := pair()
	inc()
	dbl()
	inc()
	println(get())
	g2, i2, _ := pair()
	i2()
	println(g2(), get())
	total := 0
	adders := make([]func(int), 3)
	for i := range adders {
		adders[i] = func(n int) { total += n * (i + 1) }
	}
	for _, a := range adders {
		a(10)
	}
	println(total)
}
