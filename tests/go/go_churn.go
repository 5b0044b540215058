// Hundreds of goroutines blocking on an unbuffered channel, then
// goroutines that start goroutines: run-queue overflow, the global
// queue's batches and its 61-tick polls decide the order, as in Go.
package main

func main() {
	done := make(chan int)
	for i := 0; i < 400; i++ {
		go func() { done <- i }()
	}
	sum := 0
	for i := 0; i < 400; i++ {
		v := <-done
		if i%37 == 0 {
			print(v, " ")
		}
		sum += v
	}
	println(sum)
	res := make(chan int, 1000)
	for i := 0; i < 100; i++ {
		go func() {
			for j := 0; j < 3; j++ {
				go func() { res <- i*10 + j }()
			}
		}()
	}
	for i := 0; i < 300; i++ {
		v := <-res
		if i%23 == 0 {
			print(v, " ")
		}
	}
	println()
}
