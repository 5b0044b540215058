// A deadlock inside an init function (main.init.0), after a goroutine
// it started has run.
package main

var c = make(chan int)

func init() {
	go func() { c <- 1 }()
	println(<-c)
	<-c
}

func main() {
}
