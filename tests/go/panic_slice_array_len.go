// Slicing an addressable array beyond its length.
package main

var arr [3]byte

//go:noinline
func cut(hi int) []byte { return arr[:hi] }

func main() {
	println(len(cut(3)))
	println(len(cut(4)))
}
