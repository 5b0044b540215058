package main

func main() {
	a, b
	_, _ = a, b
}
