// A panic inside a deferred call during normal return.
package main

//go:noinline
func work() (n int) {
	defer func() {
		var s []int
		n = s[n]
	}()
	return 2
}

func main() {
	println(work())
}
