package main

func main() {
	var s string
	var idx string
	for idx, s = range []int{1} {
	}
	_, _ = idx, s
}
