// Operations on nil channels block forever.
package main

func main() {
	var c chan int
	go func() {
		c <- 1
	}()
	<-c
}
