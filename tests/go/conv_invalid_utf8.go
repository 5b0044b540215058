// Invalid UTF-8 decodes to U+FFFD one byte at a time.
package main

func main() {
	s := "a\xffb\xc3\x28c\xe2\x82\xed\xa0\x80\xf0\x9f\x98"
	for i, r := range s {
		println(i, r)
	}
	r := []rune(s)
	println(len(s), len(r))
	println(string(r))
	b := []byte(string(r))
	println(len(b))
	t := "\xc0\xaf\xf5\x80"
	n := 0
	for range t {
		n++
	}
	println(n)
}
