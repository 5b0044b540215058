package main

func main() {
	println("\08")
}
