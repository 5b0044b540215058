package main

func main() {
	var a [4]int
	_ = a[3:1]
	_ = a[1:5]
	s := "hello"
	_ = s[1:2:3]
	n := 3
	_ = n[1:]
}
