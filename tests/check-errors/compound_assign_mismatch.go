package main

func main() {
	s := "a"
	s += 1
	n := 2
	n += 1.5
	n -= "x"
}
