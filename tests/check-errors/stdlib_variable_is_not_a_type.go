package main

import (
	"os"
	"strings"
)

func main() {
	var args os.Args
	var f strings.ToUpper
	_, _ = args, f
}
