package main

import "strings"

func main() {
	var r strings.Reader
	_ = r.s
	_ = strings.Reader{s: "x"}
}
