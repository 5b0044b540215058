package main

func main() {
	r := ''
	_ = r
}
