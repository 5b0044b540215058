package main

func main() {
	_ = map[string]int{"a": 1, "b": 2, "a": 3}
	_ = []int{0: 1, 1: 2, 0: 3}
}
