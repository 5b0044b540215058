// A producer closes its channel; the consumer's range loop ends after
// draining what was buffered.
package main

func produce(c chan int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
}

func main() {
	c := make(chan int, 2)
	go produce(c, 7)
	sum := 0
	for v := range c {
		println("v", v)
		sum += v
	}
	println("sum", sum)
	u := make(chan string)
	go func() {
		u <- "a"
		u <- "b"
		close(u)
	}()
	for s := range u {
		println(s)
	}
	n := 0
	for range u {
		n++
	}
	println("after close", n)
}
