// Recursive calls: fib(N).
package main

const N = 35

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(fib(N))
}
