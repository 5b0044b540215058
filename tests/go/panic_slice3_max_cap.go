// A full slice expression whose max exceeds the capacity.
package main

//go:noinline
func cut(s []byte, hi, max int) []byte { return s[0:hi:max] }

func main() {
	s := make([]byte, 4, 8)
	println(cap(cut(s, 2, 8)))
	println(cap(cut(s, 2, 9)))
}
