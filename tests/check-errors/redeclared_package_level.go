package main

var total int

func total() int { return 0 }

type T struct{}
type T int

func main() {}
