package main

func main() {
	a := []int{1}
	b := []string{"x"}
	_ = append(a, b...)
	_ = append(a, 1, a...)
}
