package main

var gs []int

func local(n int) int {
	s := make([]int, 10)
	t := make([]int, n)
	s[0] = n
	t[0] = 1
	return s[0] + len(t)
}

func returned(n int) []int {
	return make([]int, n)
}

func stored() {
	gs = make([]int, 4)
}

func main() {
	println(local(3), len(returned(2)))
	stored()
}
