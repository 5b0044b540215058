// make(chan T, n) with a negative size panics.
package main

func size(n int) int { return n }

func main() {
	c := make(chan int, size(4))
	println(cap(c))
	d := make(chan int, size(-1))
	println(cap(d))
}
