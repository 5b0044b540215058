package main

func nothing() {}

func main() {
	p := new(nothing())
	var q *string = new(42)
	_, _ = p, q
}
