package main

func main() {
	n := 3
	_ = n.String()
	var s string
	_ = s.Len
}
