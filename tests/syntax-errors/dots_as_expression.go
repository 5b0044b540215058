package main

func main() {
	x := ...
	_ = x
}
