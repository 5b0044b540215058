// A range over a channel nobody closes: deadlock once the senders are
// done, with the goroutine that exited gone from the report.
package main

//go:noinline
func consume(c chan int) int {
	sum := 0
	for v := range c {
		sum += v
	}
	return sum
}

func main() {
	c := make(chan int, 2)
	go func() {
		for i := 0; i < 5; i++ {
			c <- i
		}
	}()
	println(consume(c))
}
