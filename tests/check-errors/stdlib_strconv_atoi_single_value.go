package main

import "strconv"

func main() {
	n := strconv.Atoi("12")
	var s string = strconv.Itoa(int64(5))
	_, _ = n, s
}
