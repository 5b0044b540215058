package main

import "strings"

func main() {
	var parts string = strings.Split("a,b", ",")
	_ = parts
	_ = strings.Join([]string{"a"})
	var b strings.Builder
	b.WriteString(1)
}
