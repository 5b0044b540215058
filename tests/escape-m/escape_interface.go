package main

type Shape interface {
	Area() int
}

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

var shapes []Shape

var any1 interface{}

func area(s Shape) int {
	return s.Area()
}

func box(n int) {
	any1 = n
}

func main() {
	r := Rect{2, 3}
	println(area(r))
	shapes = append(shapes, Rect{1, 1})
	box(5)
}
