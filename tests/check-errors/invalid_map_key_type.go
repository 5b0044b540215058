package main

type K struct{ parts []string }

func main() {
	var m1 map[[]int]string
	var m2 map[K]int
	var m3 map[func()]bool
	_, _, _ = m1, m2, m3
}
