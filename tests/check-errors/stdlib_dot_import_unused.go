package main

import . "strings"
import _ "fmt"

func main() {
}
