// Comparing interfaces holding structs with a func field panics.
package main

type S struct {
	n int
	f func()
}

func main() {
	var a, b any = S{n: 1}, S{n: 1}
	println(a == b)
}
