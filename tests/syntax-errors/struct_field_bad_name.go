package main

type T struct {
	1x int
}

func main() {}
