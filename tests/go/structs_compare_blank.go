// Struct comparison with padding and blank fields; field order and offsets.
package main

type Padded struct {
	a bool
	b int64
	c bool
	d int32
}

type WithBlank struct {
	x int
	_ int
	y int
}

func main() {
	p := Padded{true, 1, false, 2}
	q := Padded{true, 1, false, 2}
	println(p == q)
	q.d = 3
	println(p == q)
	w1 := WithBlank{x: 1, y: 2}
	w2 := WithBlank{x: 1, y: 2}
	println(w1 == w2)
}
