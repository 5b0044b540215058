// unsafe.Sizeof, Alignof and Offsetof of structs with padding.
package main

import "unsafe"

type A struct {
	a bool
	b int64
	c bool
}

type B struct {
	a, c bool
	b    int64
}

type C struct {
	x int8
	y int16
	z int32
	w [3]byte
	s string
	f float32
	p *int
	e struct{}
}

type D struct {
	c complex64
	i any
	sl []int
	u uint8
}

func main() {
	var a A
	var b B
	var c C
	var d D
	println(unsafe.Sizeof(a), unsafe.Alignof(a), unsafe.Offsetof(a.b), unsafe.Offsetof(a.c))
	println(unsafe.Sizeof(b), unsafe.Offsetof(b.c), unsafe.Offsetof(b.b))
	println(unsafe.Sizeof(c), unsafe.Offsetof(c.y), unsafe.Offsetof(c.z), unsafe.Offsetof(c.w), unsafe.Offsetof(c.s), unsafe.Offsetof(c.f), unsafe.Offsetof(c.p), unsafe.Offsetof(c.e))
	println(unsafe.Sizeof(d), unsafe.Alignof(d.c), unsafe.Offsetof(d.i), unsafe.Offsetof(d.sl), unsafe.Offsetof(d.u))
	println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(uint16(0)), unsafe.Sizeof(0), unsafe.Sizeof(0.0), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(complex128(0)))
	println(unsafe.Sizeof([5]int32{}), unsafe.Sizeof(struct{}{}), unsafe.Sizeof([0]int{}), unsafe.Alignof(complex128(0)), unsafe.Alignof(float32(0)))
	var fn func()
	var m any
	println(unsafe.Sizeof(fn), unsafe.Sizeof(m), unsafe.Sizeof(uintptr(0)), unsafe.Sizeof(true))
}
