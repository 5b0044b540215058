package main

func main() {
	s := []int{1}
	append(s, 2)
	_ = append(s, "x")
	var a [3]int
	_ = append(a, 1)
	_ = append()
}
