package main

type V struct{ x int }

func main() {
	a, b := V{1}, V{2}
	_ = a + b
	p := &a
	_ = p * 2
}
