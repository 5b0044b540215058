package main

func main() {
	var recvOnly <-chan int
	var sendOnly chan<- int
	recvOnly <- 1
	_ = <-sendOnly
	n := 3
	n <- 1
	close(recvOnly)
}
