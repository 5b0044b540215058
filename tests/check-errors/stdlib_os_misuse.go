package main

import "os"

func main() {
	os.Exit("failure")
	f := os.Open("x")
	_ = f
	_ = os.Args[1.5]
}
