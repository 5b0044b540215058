package main

func take(b byte) {}

func main() {
	take(256)
	take('€')
}
