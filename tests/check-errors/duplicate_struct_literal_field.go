package main

type P struct{ X, Y int }

func main() {
	_ = P{X: 1, Y: 2, X: 3}
	_ = P{Z: 1}
	_ = P{1}
	_ = P{1, 2, 3}
}
