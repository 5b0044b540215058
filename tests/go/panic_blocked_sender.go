// A sender blocked on a channel that is then closed panics when it runs
// again (after the closer moves on).
package main

func main() {
	c := make(chan int)
	go func() {
		println("sending")
		c <- 1
		println("not reached")
	}()
	done := make(chan bool, 1)
	done <- true
	<-done
	go func() {}()
	close(c)
	println("closed")
	<-c
	block := make(chan bool)
	<-block
}
