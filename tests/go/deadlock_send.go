// Sending on an unbuffered channel with no receiver.
package main

func main() {
	c := make(chan string, 1)
	c <- "fits"
	c <- "blocks"
}
