// Deferred calls of several frames run before the crash report, innermost first.
package main

//go:noinline
func inner() {
	defer println("inner deferred")
	var p *int
	println(*p)
}

//go:noinline
func outer() {
	defer println("outer deferred")
	inner()
}

func main() {
	defer println("main deferred")
	outer()
}
