// A select blocked on two channels is woken by one; its sudog on the
// other is gone, so a later send there waits for a real receiver.
package main

func main() {
	a := make(chan int)
	b := make(chan int)
	res := make(chan string)
	go func() {
		select {
		case v := <-a:
			println("select got a", v)
		case v := <-b:
			println("select got b", v)
		}
		res <- "select done"
	}()
	go func() {
		a <- 1
		println("sent a")
	}()
	println(<-res)
	go func() {
		b <- 2
		println("sent b")
	}()
	go func() {
		println("receiver got", <-b)
		res <- "receiver done"
	}()
	println(<-res)
	c := make(chan int)
	go func() {
		select {
		case c <- 10:
			println("select sent 10")
		case <-a:
			println("unexpected")
		}
		res <- "sender done"
	}()
	println("main got", <-c)
	println(<-res)
	d := make(chan int)
	go func() {
		select {
		case v, ok := <-d:
			println("closed wake", v, ok)
		case <-a:
			println("unexpected")
		}
		res <- "close done"
	}()
	go func() { close(d) }()
	println(<-res)
}
