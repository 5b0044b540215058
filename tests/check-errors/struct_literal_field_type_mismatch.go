package main

type Point struct {
	X, Y int
	Name string
}

func main() {
	_ = Point{X: 1.5, Y: 2, Name: 3}
	_ = Point{"a", 1, 2}
}
