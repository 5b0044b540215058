// Deadlock with many blocked goroutines: the report lists every
// goroutine still alive in creation order, each with its wait reason and
// its creator; those that finished are gone.
package main

func recvForever(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	var nilc chan int
	go recvForever(c)
	go func() { c <- 1 }()
	go func() { <-nilc }()
	go func() { nilc <- 1 }()
	go func() {
		d := make(chan int)
		select {
		case <-d:
		case d <- 1:
		}
	}()
	go func() { select {} }()
	go func() { println("exits") }()
	block := make(chan bool)
	block <- true
}
