// An unsigned index too large is reported as the unsigned value.
package main

//go:noinline
func get(s []byte, i uint64) byte { return s[i] }

func main() {
	s := make([]byte, 3)
	println(get(s, 2))
	println(get(s, 1<<63+5))
}
