// range over a string yields byte offsets and runes.
package main

func main() {
	s := "aé世😀z"
	for i, r := range s {
		println(i, r, string(r))
	}
	count := 0
	for range s {
		count++
	}
	println(count, len(s))
	for i := range "abc" {
		print(i)
	}
	println()
	var last rune
	for _, last = range s {
	}
	println(last)
	var idx int
	for idx = range "xyz" {
	}
	println(idx)
}
