// Indexing through a nil pointer to an array.
package main

//go:noinline
func third(p *[5]int) int { return p[3] }

func main() {
	println(third(&[5]int{1, 2, 3, 4, 5}))
	println(third(nil))
}
