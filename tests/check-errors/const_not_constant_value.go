package main

func compute() int { return 4 }

var v = 3

const (
	a = compute()
	b = v * 2
	c = len([]int{1, 2})
)

func main() {}
