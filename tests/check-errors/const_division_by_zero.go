package main

const zero = 0

func main() {
	a := 10
	_ = a / 0
	_ = 1.5 / zero
	_ = a % zero
}
