package main

func main() {
	x := 0b1e1
	_ = x
}
