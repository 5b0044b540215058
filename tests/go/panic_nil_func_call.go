// Calling a nil function value.
package main

var hook func() int

func main() {
	println("before")
	println(hook())
}
