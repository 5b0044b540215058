package main

func main() {
	var s string = 1
	var n int = "x"
	_ = undefinedA
	_ = undefinedB
	_ = s + n
	_ = len(5)
	unused := 0
	_ = 1 / 0
	var b bool = 2
	_ = b
	_ = undefinedC
	_ = undefinedD
}
