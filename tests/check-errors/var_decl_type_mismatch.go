package main

func main() {
	var s string = 1.5
	var n int = "seven"
	var b bool = 1
	_, _, _ = s, n, b
}
