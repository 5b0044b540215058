// make with length and capacity of various integer types; zeroing.
package main

func main() {
	var n8 int8 = 3
	var u uint = 5
	a := make([]int, n8, u)
	println(len(a), cap(a), a[2])
	b := make([]float64, 4)
	println(b[3])
	c := make([]string, 2, 2)
	println(c[0] == "", len(c))
	d := make([][2]int, 2)
	d[1][1] = 4
	println(d[0][0], d[1][1])
	e := make([]bool, 0, 100)
	e = append(e, true)
	println(len(e), cap(e), e[0])
	for i := 0; i < 3; i++ {
		s := make([]int, 4)
		s[i] = i + 1
		println(s[0], s[1], s[2], s[3])
	}
}
