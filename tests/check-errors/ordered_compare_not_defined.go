package main

func main() {
	a, b := true, false
	_ = a < b
	var p, q *int
	_ = p > q
	var c1, c2 complex128
	_ = c1 <= c2
}
