package main

func main() {
	println("tab\q")
}
