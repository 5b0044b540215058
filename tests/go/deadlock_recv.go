// Receiving from a channel nobody will send on: Go's deadlock report.
package main

func main() {
	c := make(chan int)
	println("waiting")
	<-c
}
