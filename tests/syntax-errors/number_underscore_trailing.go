package main

func main() {
	x := 1_000_
	_ = x
}
