// Fan-in: several producers send into one channel; a counter goroutine
// reports when all are done.
package main

func producer(id int, out chan int, done chan int) {
	for i := 0; i < 3; i++ {
		out <- id*10 + i
	}
	done <- id
}

func main() {
	out := make(chan int)
	done := make(chan int)
	for id := 1; id <= 3; id++ {
		go producer(id, out, done)
	}
	go func() {
		for i := 0; i < 3; i++ {
			println("producer done", <-done)
		}
		close(out)
	}()
	n, sum := 0, 0
	for v := range out {
		println(v)
		n++
		sum += v
	}
	println(n, sum)
}
