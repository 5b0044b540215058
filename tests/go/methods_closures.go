// Methods with value and pointer receivers (the receiver's address taken
// or a pointer dereferenced as the method needs), function values,
// closures capturing variables by reference (counters, accumulators),
// nested closures, closures over loop variables (Go 1.22: one variable
// per iteration), and a panic inside a closure (traceback names).
package main

type counter struct {
	n    int
	name string
}

func (c *counter) inc() int {
	c.n++
	return c.n
}

func (c counter) describe() string {
	return c.name
}

type celsius float64

func (c celsius) fahrenheit() float64 {
	return float64(c)*9/5 + 32
}

func apply(f func(int) int, x int) int {
	return f(x)
}

func double(x int) int { return 2 * x }

func makeAdder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

var registry []func() int

func main() {
	c := counter{name: "clicks"}
	c.inc()
	c.inc()
	p := &c
	p.inc()
	println(c.n, c.describe(), p.describe())
	println(celsius(100).fahrenheit())
	bump := c.inc
	bump()
	bump()
	desc := c.describe
	c.name = "renamed"
	println(c.n, desc(), c.describe())
	f := celsius(-40).fahrenheit
	incExpr := (*counter).inc
	incExpr(&c)
	descExpr := counter.describe
	println(f(), c.n, descExpr(c))

	println(apply(double, 21), apply(func(x int) int { return x * x }, 9))
	add := makeAdder(10)
	println(add(1), add(2), add(3))
	other := makeAdder(100)
	println(other(1), add(0))
	inc := compose(double, func(x int) int { return x + 1 })
	println(inc(5))

	total := 0
	for i := range 4 {
		registry = append(registry, func() int { total += i; return i * 10 })
	}
	for _, f := range registry {
		print(f(), " ")
	}
	println(total)

	var nilFunc func()
	println(nilFunc == nil, add != nil)
	x := 1
	outer := func() func() int {
		return func() int {
			x *= 3
			return x
		}
	}
	g := outer()
	g()
	println(g(), x)
	boom := func(d int) int {
		return 10 / d
	}
	// Called through a slice, so gc cannot inline it (goviz does not
	// inline yet, and an inlined frame prints differently).
	fs := []func(int) int{boom}
	println(fs[0](x - 9))
}
