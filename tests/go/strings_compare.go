// String comparison is bytewise lexicographic.
package main

func cmp(a, b string) {
	println(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func main() {
	cmp("abc", "abd")
	cmp("abc", "ab")
	cmp("", "a")
	cmp("Z", "a")
	cmp("é", "z")
	cmp("same", "same")
	cmp("a\x00", "a")
	hi, lo := "\xff", "\xfe\xff"
	println(hi > lo, hi < lo, hi == lo, len(hi), len(lo))
	x := "hello"
	y := "hel" + "lo"
	println(x == y, x[:3] == y[:3], x[1:] < y)
}
