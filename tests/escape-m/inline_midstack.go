package main

func leaf(x int) int { return x * 2 }

func mid(x int) int { return leaf(x) + leaf(x+1) }

func top(x int) int { return mid(x) + 1 }

func main() {
	println(top(3))
}
