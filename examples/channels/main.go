// channels shows an unbuffered handoff, a buffered queue and close.
//
// Watch: on the unbuffered channel the sender parks until the receiver
// arrives (or the receiver parks and the sender copies straight into its
// stack); the buffered channel fills its ring buffer without blocking
// until it is full; close wakes every waiting receiver.
package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := range n {
		out <- i * i
	}
	close(out)
}

func main() {
	unbuffered := make(chan int)
	go producer(unbuffered, 5)
	sum := 0
	for v := range unbuffered {
		sum += v
	}
	fmt.Println("sum of squares:", sum)

	buffered := make(chan string, 3)
	buffered <- "a"
	buffered <- "b"
	buffered <- "c"
	fmt.Println("buffered:", len(buffered), "of", cap(buffered))
	close(buffered)
	for s := range buffered {
		fmt.Print(s, " ")
	}
	fmt.Println()
}
