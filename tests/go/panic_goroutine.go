// A run-time error in a goroutine other than main: its traceback ends
// with the line that created it.
package main

//go:noinline
func worker(id int, xs []int, done chan bool) {
	println("worker", id)
	println(xs[id])
	done <- true
}

func main() {
	xs := []int{10, 20}
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go worker(i, xs, done)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
