// An integer division by zero in a called function (not inlined: goviz
// does not inline yet): Go's panic message,
// the traceback of the goroutine and exit status 2.
package main

//go:noinline
func div(a, b int) int {
	return a / b
}

func main() {
	println("before")
	zero := 0
	println(div(10, zero))
	println("not reached")
}
