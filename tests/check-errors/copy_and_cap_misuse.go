package main

func main() {
	dst := "abc"
	copy(dst, "x")
	_ = cap("string")
	var ch chan int
	_ = len(ch, 1)
}
