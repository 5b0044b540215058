package main

func main() {
	println("\400")
}
