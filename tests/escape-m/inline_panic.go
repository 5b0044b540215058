package main

func check(ok bool) {
	if !ok {
		panic("bad")
	}
}

func div(a, b int) int {
	if b == 0 {
		panic("divide by zero")
	}
	return a / b
}

func main() {
	check(true)
	println(div(6, 3))
}
