package main

import "sort"

func main() {
	n := 3
}
