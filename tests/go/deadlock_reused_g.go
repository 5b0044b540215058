// Goroutines that exit leave their G on the P's free list; new
// goroutines reuse the most recently freed first and keep its place in
// allgs, so the deadlock report lists them out of id order.
package main

func main() {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	c := make(chan int)
	go func() {
		<-c
	}()
	go func() {
		d := make(chan int)
		d <- 1
	}()
	block := make(chan bool)
	<-block
}
