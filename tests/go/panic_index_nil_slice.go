// Indexing a nil slice.
package main

func main() {
	var s []float64
	i := 0
	println(len(s))
	s[i] = 1
}
