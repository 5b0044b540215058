package main

func two() (int, int) { return 1, 2 }

func main() {
	a, b := 1
	var c, d, e = 1, 2
	x := two()
	var y, z int = two(), 3
	_, _, _, _, _, _, _, _ = a, b, c, d, e, x, y, z
}
