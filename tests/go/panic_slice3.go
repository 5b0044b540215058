// A full slice expression past the capacity panics with gc's message.
package main

func main() {
	s := make([]int, 3, 10)
	lo, hi, max := 1, 2, 11
	println(len(s[lo:hi:10]), cap(s[lo:hi:10]))
	println(s[lo:hi:max])
}
