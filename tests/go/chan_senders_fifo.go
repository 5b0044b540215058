// Blocked senders on an unbuffered channel are served first come, first
// served.
package main

func main() {
	c := make(chan int)
	for i := 0; i < 5; i++ {
		go func() { c <- i }()
	}
	sync := make(chan bool)
	go func() { sync <- true }()
	<-sync
	for i := 0; i < 5; i++ {
		println(<-c)
	}
}
