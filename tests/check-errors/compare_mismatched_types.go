package main

func main() {
	n := 1
	s := "1"
	if n == s {
	}
	var p *int
	_ = p == 0
}
