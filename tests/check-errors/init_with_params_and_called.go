package main

func init(n int) {}

func init() {}

func main() {
	init()
}
