// More runnable goroutines than the P's 256-entry run queue holds: the
// overflow goes to the global queue in batches, which the scheduler
// polls every 61st tick; the order they run in shows all of it.
package main

func main() {
	done := make(chan int, 400)
	for i := 0; i < 300; i++ {
		go func() {
			done <- i
		}()
	}
	for i := 0; i < 300; i++ {
		v := <-done
		print(v, " ")
	}
	println()
}
