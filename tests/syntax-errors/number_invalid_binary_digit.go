package main

func main() {
	x := 0b1012
	_ = x
}
