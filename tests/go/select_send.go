// select with send cases: a blocked select is woken by a receiver, and
// the value sent is the one evaluated before blocking.
package main

func main() {
	c := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			println("recv", <-c)
		}
		quit <- true
	}()
	x, y := 0, 1
	for running := true; running; {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			println("quit")
			running = false
		}
	}
}
