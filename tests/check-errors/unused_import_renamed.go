package main

import (
	str "strings"
	"fmt"
)

func main() {
	fmt.Println("hi")
}
