package main

var limit = 10

type S struct{ f int }

func main() {
	var a limit
	var s S
	var b s.f
	_, _ = a, b
}
