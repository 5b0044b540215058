package main

func f() int {
	return 1, 2
}

func g() {
	return 3
}

func main() {
	f()
	g()
}
