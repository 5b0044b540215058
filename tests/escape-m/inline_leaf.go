package main

func add(a, b int) int {
	return a + b
}

func mul(a, b int) int { return a * b }

func main() {
	x := add(1, 2)
	y := mul(x, 3)
	println(x, y)
}
