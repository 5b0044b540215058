// Cases on nil channels are never chosen: a select over one real
// channel and nil ones behaves like the real channel alone.
package main

func main() {
	var nilc chan int
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
	}()
	for i := 0; i < 3; i++ {
		select {
		case v := <-nilc:
			println("nil", v)
		case nilc <- 1:
			println("nil send")
		case v := <-c:
			println("c", v)
		}
	}
	done := make(chan string)
	go func() { done <- "finished" }()
	var s string
	select {
	case s = <-done:
	case <-nilc:
	}
	println(s)
}
