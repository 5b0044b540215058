package main

func main() {
	x := 1٣
	_ = x
}
