package main

func main() {
	println("\xZZ")
}
