package main

func main() {
	f := 2.0
	_ = f << 1
	_ = 1 << f
	var s = 1.5
	var n = 1 << s
	_ = n
}
