// A run-time error in a package variable initializer: the frame is gc's
// main.init, and the report has no "locked to thread" (runtime.main's
// deferred unlock has run).
package main

var zero = 0
var x = 10 / zero

func main() {
	println(x)
}
