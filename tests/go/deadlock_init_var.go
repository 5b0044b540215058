// A receive that blocks in a package variable initializer: the main
// goroutine is still locked to its thread and in gc's main.init.
package main

var c = make(chan int)
var v = <-c

func main() {
	println(v)
}
