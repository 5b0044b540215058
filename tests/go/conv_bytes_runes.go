// []byte and []rune round trips, copies are independent.
package main

func main() {
	s := "héllo, 世界!"
	b := []byte(s)
	r := []rune(s)
	println(len(s), len(b), len(r), cap(b) >= len(b))
	b[0] = 'H'
	r[1] = 'E'
	println(s, string(b), string(r))
	for i, c := range r {
		print(i, ":", c, " ")
	}
	println()
	e := []byte("")
	println(e == nil, len(e), string([]byte(nil)) == "", len([]rune("")))
	println(string([]rune{0x41, -5, 0x42}))
	back := []byte(string(r))
	println(len(back), string(back))
}
