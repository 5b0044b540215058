package main

func f() (int, int) { return 1, 2 }

func main() {
	_ = new(f())
	_ = new()
	var x int
	_ = new(x, 2)
}
