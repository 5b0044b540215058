// String indexing gives bytes; slicing gives substrings sharing no identity concerns.
package main

func main() {
	s := "héllo"
	println(len(s), s[0], s[1], s[2], s[len(s)-1])
	println(s[1:3] == "é", s[:0] == "", s[3:], s[:], s[5:])
	t := s[1:]
	println(t, len(t), t[0])
	var b byte = s[4]
	println(b, string(rune(b)))
	for i := 0; i < len(s); i++ {
		print(s[i], ",")
	}
	println()
	const c = "const"
	println(c[1], c[1:3], len(c[2:]))
	i, j := 1, 4
	println(s[i:j])
}
