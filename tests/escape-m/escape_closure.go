package main

var fn func() int

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func local() int {
	x := 5
	f := func() int { return x * 2 }
	return f()
}

func capturedByRef() int {
	y := 1
	func() {
		y = 2
	}()
	return y
}

func main() {
	c := counter()
	println(c(), local(), capturedByRef())
	z := 3
	fn = func() int { return z }
}
