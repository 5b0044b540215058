package main

func main() {
	s := []int{1, 2, 3}
	_ = s["one"]
	_ = s[1.5]
	m := map[string]int{}
	_ = m[1]
}
