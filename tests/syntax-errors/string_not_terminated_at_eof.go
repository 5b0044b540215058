package main

func main() {
	println("unterminated)