package main

func apply(f func(int) int, x int) int {
	return f(x)
}

func main() {
	k := 3
	g := func(x int) int { return x + k }
	println(apply(g, 4))
	println(func(a int) int { return a * 2 }(5))
}
