package main

func main() {
	x := _
	_ = x
	var y int = _ + 1
	_ = y
}
