// string(rune(x)) from many integer types and rune arithmetic.
package main

func main() {
	var i8 int8 = 65
	var u16 uint16 = 0x263a
	var i64 int64 = 0x1f680
	var u uint = 0x10ffff + 1
	println(string(rune(i8)), string(rune(u16)), string(rune(i64)), string(rune(u)) == "\uFFFD")
	r := 'a'
	r += 2
	println(string(r), r-'a', 'z'-r)
	s := ""
	for c := 'A'; c <= 'F'; c++ {
		s += string(c)
	}
	println(s)
	upper := []rune("hello")
	for i := range upper {
		upper[i] -= 'a' - 'A'
	}
	println(string(upper))
}
