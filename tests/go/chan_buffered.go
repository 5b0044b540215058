// A buffered channel is a FIFO ring: len and cap, filling, draining and
// wrapping around, and a sender that blocks on a full buffer.
package main

func main() {
	c := make(chan int, 3)
	println(len(c), cap(c))
	c <- 1
	c <- 2
	println(len(c), cap(c))
	println(<-c)
	c <- 3
	c <- 4
	println(len(c))
	for len(c) > 0 {
		println(<-c)
	}
	done := make(chan bool)
	go func() {
		for i := 0; i < 6; i++ {
			c <- i * i
			println("sent", i)
		}
		done <- true
	}()
	for i := 0; i < 6; i++ {
		println("recv", <-c)
	}
	<-done
	var s []int
	for i := 0; i < 10; i++ {
		select {
		case c <- i:
		default:
			s = append(s, <-c)
			c <- i
		}
	}
	println(len(s), len(c))
}
