package main

func main() {
	s := "abc"
	b := true
	_ = s - "a"
	_ = b + b
	_ = !s
	_ = -b
}
