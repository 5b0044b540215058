package main

func main() {
	var n int = 2.5
	var u uint = -1
	_, _ = n, u
}
