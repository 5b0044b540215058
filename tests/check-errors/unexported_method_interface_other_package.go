package main

import "sort"

type stringer interface{ String() string }

func main() {
	var s stringer = sort.IntSlice{}
	_ = s
}
