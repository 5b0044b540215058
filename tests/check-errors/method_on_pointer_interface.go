package main

type Shape interface{ Area() float64 }

func main() {
	var s Shape
	p := &s
	_ = p.Area()
}
