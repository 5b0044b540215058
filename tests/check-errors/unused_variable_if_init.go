package main

import "strconv"

func main() {
	if n, err := strconv.Atoi("1"); err != nil {
		return
	}
	for i := 0; i < 3; {
		break
	}
}
