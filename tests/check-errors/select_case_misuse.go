package main

func main() {
	ch := make(chan int)
	var s string
	select {
	case s = <-ch:
	case ch <- "v":
	}
	_ = s
}
