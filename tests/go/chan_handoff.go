// Blocked receivers are served in FIFO order, and each one woken goes
// to runnext, displacing the previous one: the last woken runs first.
package main

func receiver(id int, c chan int, done chan bool) {
	v := <-c
	println("g", id, "got", v)
	done <- true
}

func main() {
	c := make(chan int)
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go receiver(i, c, done)
	}
	// Let them all block.
	for i := 0; i < 5; i++ {
		go func() {}()
	}
	var wait = make(chan bool)
	go func() { wait <- true }()
	<-wait
	for i := 0; i < 5; i++ {
		c <- i * 10
	}
	for i := 0; i < 5; i++ {
		<-done
	}
}
