// callstack makes calls the way every Go program does, and recurses deep
// enough that goroutine 1's stack must grow many times.
//
// Watch: each call's frame is laid out on the goroutine's own stack,
// right above its caller's; the stack starts at 2 KiB, and when a frame
// does not fit, morestack allocates a stack twice as large and copies
// the old one over (copystack). println writes to standard error, as the
// builtin does in Go.
package main

// sum adds 1..n recursively: n frames deep.
func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println("fib(30) =", fib(30))
	for depth := 10; depth <= 1000000; depth *= 10 {
		print("sum(1..", depth, ") = ", sum(depth), "\n")
	}
}
