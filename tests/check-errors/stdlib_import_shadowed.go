package main

import "strings"

func main() {
	strings := []string{"a"}
	_ = strings.ToUpper("a")
}
