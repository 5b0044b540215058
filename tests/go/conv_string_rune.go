// string(rune) conversions, including invalid code points.
package main

func main() {
	rs := []rune{'a', 0xe9, 0x4e16, 0x1f600, -1, 0xd800, 0xdfff, 0x10ffff, 0x110000, 0}
	for _, r := range rs {
		s := string(r)
		println(r, len(s), s)
	}
	var b byte = 200
	println(string(rune(b)), len(string(rune(b))))
	var i64 int64 = 0x100000041
	println(string(rune(i64)))
}
