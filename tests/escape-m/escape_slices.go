package main

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func first(xs []int) *int {
	return &xs[0]
}

func lit() int {
	xs := []int{1, 2, 3}
	return sum(xs)
}

func grow() []int {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	println(lit(), *first([]int{4, 5}), len(grow()))
}
