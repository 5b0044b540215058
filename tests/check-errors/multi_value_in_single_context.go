package main

func two() (int, int) { return 1, 2 }

func one(x int) {}

func main() {
	_ = two() + 1
	one(two())
}
