package main

func main() {
	x := 0o78
	_ = x
}
