// Slicing a pointer to an array beyond its length.
package main

//go:noinline
func cut(p *[4]int, hi int) []int { return p[1:hi] }

func main() {
	var a [4]int
	println(len(cut(&a, 4)))
	println(len(cut(&a, 5)))
}
