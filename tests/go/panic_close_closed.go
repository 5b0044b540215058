// Closing a channel twice panics.
package main

//go:noinline
func shut(c chan bool) {
	close(c)
}

func main() {
	c := make(chan bool)
	shut(c)
	shut(c)
}
