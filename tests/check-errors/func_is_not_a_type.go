package main

func helper() {}

func main() {
	var h helper
	_ = h
}
