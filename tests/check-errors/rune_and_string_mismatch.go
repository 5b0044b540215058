package main

func main() {
	var r rune = "a"
	var s string = 'a'
	var b byte = "b"[0] + "c"
	_, _, _ = r, s, b
}
