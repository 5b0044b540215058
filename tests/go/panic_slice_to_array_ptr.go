// Converting a slice to a pointer to a longer array panics.
package main

//go:noinline
func head(s []byte) *[4]byte { return (*[4]byte)(s) }

func main() {
	println(head([]byte("abcdef"))[3])
	println(head([]byte("abc"))[0])
}
