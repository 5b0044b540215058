package main

func main() {
	x := "café"
	_ = x
}
