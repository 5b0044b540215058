// With GOMAXPROCS=1 a new goroutine takes the P's runnext slot, pushing
// the previous one to the tail of the run queue: the last `go`
// statement's goroutine runs first (4 0 1 2 3).
package main

func main() {
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			println("goroutine", i)
			done <- true
		}()
	}
	for i := 0; i < 5; i++ {
		<-done
	}
	println("all done")
}
