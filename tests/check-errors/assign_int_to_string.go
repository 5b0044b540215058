package main

func main() {
	var s string
	x := 42
	s = x
	_ = s
}
