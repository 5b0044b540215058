package main

import "fmt"

func main() {
	n := fmt.Println("x")
	_ = n
	var s string = fmt.Sprintf("%d", 1), 2
	_ = s
}
