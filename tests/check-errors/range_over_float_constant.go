package main

func main() {
	for i := range 1.5 {
		_ = i
	}
	var n int64 = 3
	for i := range n {
		var s string = i
		_ = s
	}
}
