package main

func main() {
	println("\U00110000")
}
