package main

func main() {
//line foo.go:abc
}
