package main

func add(a int, b int {
	return a + b
}

func main() {}
