package main

func main() {
	var f float32 = 1e40
	var c float64 = 1 + 2i
	const huge = 1e400
	var g = huge
	_, _, _ = f, c, g
}
