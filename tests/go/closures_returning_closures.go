// Closures returning closures; currying and composition.
package main

func adder(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a + b + c }
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func repeat(f func(int) int, n int) func(int) int {
	if n == 0 {
		return func(x int) int { return x }
	}
	return compose(f, repeat(f, n-1))
}

func main() {
	println(adder(1)(2)(3))
	add10 := adder(10)
	a := add10(1)
	b := add10(2)
	println(a(0), b(0), a(100))
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	println(compose(double, inc)(5), compose(inc, double)(5))
	println(repeat(double, 10)(1))
	println(func(x int) int { return x * x }(9))
}
