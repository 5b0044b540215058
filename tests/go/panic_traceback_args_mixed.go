// A crash in a function with parameters of many kinds: the traceback's
// argument words and groups (strings, slices) as gc prints them.
package main

//go:noinline
func g(a int8, b uint16, c float32, d bool, s string, sl []int, p *int) int {
	var arr []int
	return arr[int(a)+int(b)]
}

func main() {
	x := 1
	println(g(-1, 3, 1.5, true, "hi", []int{1}, &x))
}
