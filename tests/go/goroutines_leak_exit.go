// main returning ends the program even with goroutines blocked forever
// or never started.
package main

func main() {
	c := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			<-c
		}()
	}
	go func() { select {} }()
	go func() { println("never runs") }()
	println("main exits")
}
