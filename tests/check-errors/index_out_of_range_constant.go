package main

func main() {
	var a [3]int
	_ = a[3]
	_ = a[-1]
	_ = "abc"[5]
	s := []int{1}
	_ = s[-2]
}
