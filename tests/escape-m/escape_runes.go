package main

var out string

func count(s string) int {
	r := []rune(s)
	return len(r)
}

func build(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "x"
	}
	return s
}

func fromRunes(r []rune) {
	out = string(r)
}

func main() {
	println(count("héllo"), len(build(3)))
	fromRunes([]rune{'a', 'b'})
}
