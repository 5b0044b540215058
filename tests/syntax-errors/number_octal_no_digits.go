package main

func main() {
	x := 0o
	_ = x
}
