package main

func f(a int, a string) {}

func g(x int) {
	var x int
	_ = x
}

func main() {
	f(1, "")
	g(1)
}
