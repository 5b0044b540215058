package main

func main() {
	n := 5
	_ = n[0]
	var p *[]int
	_ = p[0]
}
