package main

func main() {
	var s uint = 3
	var f float64 = 1 << s
	_ = f
}
