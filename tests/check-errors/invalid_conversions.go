package main

type Point struct{ X, Y int }

func main() {
	s := "hello"
	f := 1.5
	_ = int(s)
	_ = string(f)
	_ = Point(3)
	_ = []int(s)
	_ = bool(1)
}
