package main

import "strconv"

func main() {
	_ = strconv.quoteWith("x", '"', false, false)
}
