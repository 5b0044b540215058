package main

func main() {
	x := 1.5
	_ = x & 1
	_ = ^x
	_ = x | 2
}
