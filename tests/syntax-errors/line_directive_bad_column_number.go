package main

func main() {
//line foo.go:10:0
}
