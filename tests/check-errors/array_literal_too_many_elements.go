package main

func main() {
	_ = [2]int{1, 2, 3}
	_ = [3]string{5: "x"}
}
