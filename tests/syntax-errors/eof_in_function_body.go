package main

func main() {
	println("unfinished")
