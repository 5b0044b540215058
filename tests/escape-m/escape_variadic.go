package main

func total(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var keep []int

func save(xs ...int) {
	keep = xs
}

func main() {
	println(total(1, 2, 3))
	save(4, 5)
}
