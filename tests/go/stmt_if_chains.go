// if/else-if chains with init statements and shadowing.
package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		println(n, classify(n))
	}
	x := 10
	if x := x * 2; x > 15 {
		println("inner", x)
	} else if y := x + 1; y > 0 {
		println("never", y)
	}
	println("outer", x)
	if v, ok := div(7, 0); !ok {
		println("div failed", v)
	} else {
		println("div", v)
	}
	if v, ok := div(7, 2); ok {
		println("div", v)
	}
}

func div(a, b int) (int, bool) {
	if b == 0 {
		return 0, false
	}
	return a / b, true
}
