package main

func main() {
	x := 0129
	_ = x
}
