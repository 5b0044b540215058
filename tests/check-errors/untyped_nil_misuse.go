package main

func main() {
	x := nil
	var n int = nil
	var s string
	s = nil
	_, _ = n, s
	_ = nil == nil
}
