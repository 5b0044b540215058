package main

func main() {
	x := 1
	var x string
	_ = x
}
