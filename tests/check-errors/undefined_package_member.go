package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printline("hello")
	_ = strings.Upper("x")
}
