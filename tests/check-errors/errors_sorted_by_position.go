package main

func early() {
	var s string = 1
	_ = s
}

var late int = "package level"

type Late struct{ f undefinedType }

func main() {
	early()
}
