// Indexing an array with an out-of-range variable index.
package main

var idx = 5

func main() {
	var a [4]string
	a[idx%4] = "ok"
	println(a[1])
	println(a[idx])
}
