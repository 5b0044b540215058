package main

const (
	A = 1
	B = 2

func main() {}
