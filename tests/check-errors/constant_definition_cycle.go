package main

const (
	p = q
	q = p + 1
)

func main() {}
