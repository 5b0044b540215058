package main

var sink []byte
var ssink string

func bytesOf(s string) int {
	b := []byte(s)
	return len(b)
}

func keepBytes(s string) {
	sink = []byte(s)
}

func str(b []byte) string {
	return string(b)
}

func concat(a, b string) string {
	return a + b
}

func main() {
	println(bytesOf("abc"), str([]byte("xy")))
	keepBytes("hi")
	ssink = concat("a", "b")
}
