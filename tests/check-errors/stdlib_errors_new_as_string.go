package main

import "errors"

func check() string {
	return errors.New("boom")
}

func main() {
	var err error = "plain string"
	_ = err
	check()
}
