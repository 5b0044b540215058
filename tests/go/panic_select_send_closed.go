// A select whose send case is on a closed channel panics.
package main

func main() {
	c := make(chan int)
	d := make(chan int)
	close(c)
	select {
	case c <- 1:
		println("sent")
	case <-d:
		println("received")
	}
}
