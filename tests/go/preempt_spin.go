// A goroutine that never blocks is preempted (Go's sysmon, after 10ms),
// so the others still run on a single P.
package main

func work(n int) int {
	return n*2 + 1
}

func main() {
	done := make(chan bool, 1)
	go func() {
		println("goroutine ran")
		done <- true
	}()
	n := 0
	for {
		select {
		case <-done:
			println("main saw it", n > 0)
			return
		default:
			n = work(n) % 1000
		}
	}
}
