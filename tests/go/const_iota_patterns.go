// iota in constant blocks: skips, expressions, repetition, several per line.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = "s"
	y
	z = iota
	w
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

func main() {
	println(Sunday, Monday, Tuesday, Thursday)
	println(KB, MB, GB, TB)
	println(a, b, c, d, e, f)
	println(x, y, z, w)
	println(bit0, mask0, bit1, mask1, bit3, mask3)
	const local = iota
	println(local)
}
