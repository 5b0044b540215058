// nil slices versus empty slices: both have length 0, only one is nil.
package main

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := a[:]
	e := b[0:0]
	println(a == nil, b == nil, c == nil, d == nil, e == nil)
	println(len(a), cap(a), len(b), cap(b))
	a = append(a, []int{}...)
	println(a == nil)
	a = append(a, 1)
	println(a == nil, len(a))
	var f []string
	for range f {
		println("never")
	}
	g := f[0:0]
	println(g == nil)
	var h []byte
	s := string(h)
	println(s == "", len(s))
	h2 := append([]byte(nil), "x"...)
	println(string(h2))
}
