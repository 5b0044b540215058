// copy between overlapping ranges of one slice, and copy from a string.
package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n := copy(s[2:], s)
	println(n)
	show(s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s, s[3:])
	println(n)
	show(s)
	n = copy(s[1:3], s[5:])
	println(n)
	show(s)
	b := make([]byte, 3)
	n = copy(b, "hello")
	println(n, string(b))
	n = copy(b, "")
	println(n)
	var nilS []int
	n = copy(nilS, s)
	println(n)
	n = copy(s, nilS)
	println(n)
}
