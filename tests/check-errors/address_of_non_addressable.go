package main

func f() int { return 1 }

const c = 5

func main() {
	_ = &f()
	_ = &c
	_ = &map[int]int{}[1]
}
