// Receives in package variable initializers, one and two values.
package main

var c = func() chan int { c := make(chan int, 2); c <- 5; c <- 6; close(c); return c }()
var v, ok = <-c
var w = <-c
var x, ok2 = <-c

func main() {
	println(v, ok, w, x, ok2)
}
