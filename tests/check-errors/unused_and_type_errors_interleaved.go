package main

func main() {
	x := 1
	y := "two"
	_ = y + 3
	z := undefinedThing
}
