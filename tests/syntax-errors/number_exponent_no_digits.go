package main

func main() {
	x := 1e+
	_ = x
}
