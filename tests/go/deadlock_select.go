// main blocked in a select with two cases ([select]) while a worker
// waits on a buffered channel that stays empty.
package main

func main() {
	a := make(chan int)
	b := make(chan int, 4)
	go func() {
		for v := range b {
			println("got", v)
		}
	}()
	b <- 1
	b <- 2
	select {
	case <-a:
	case a <- 1:
	}
}
