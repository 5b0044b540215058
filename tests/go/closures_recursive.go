// Recursion through a variable holding a closure.
package main

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(20))
	var even, odd func(int) bool
	even = func(n int) bool {
		if n == 0 {
			return true
		}
		return odd(n - 1)
	}
	odd = func(n int) bool {
		if n == 0 {
			return false
		}
		return even(n - 1)
	}
	println(even(10), odd(7), even(3))
	depth := 0
	var walk func(int)
	walk = func(n int) {
		if n > depth {
			depth = n
		}
		if n < 50 {
			walk(n + 1)
		}
	}
	walk(0)
	println(depth)
}
