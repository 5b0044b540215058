// `go f()` of a nil func value is a fatal error in the goroutine that
// executes the go statement.
package main

func main() {
	var f func()
	println("start")
	go f()
	println("not reached")
}
