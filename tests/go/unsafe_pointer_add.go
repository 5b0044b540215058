// unsafe.Pointer arithmetic with unsafe.Add over arrays and struct fields.
package main

import "unsafe"

type S struct {
	a int32
	b int32
	c int64
}

func main() {
	arr := [5]int64{10, 20, 30, 40, 50}
	p := unsafe.Pointer(&arr[0])
	for i := 0; i < 5; i++ {
		q := (*int64)(unsafe.Add(p, i*8))
		print(*q, " ")
	}
	println()
	last := (*int64)(unsafe.Add(p, 32))
	*last = 99
	println(arr[4])
	back := (*int64)(unsafe.Add(unsafe.Pointer(last), -16))
	println(*back)
	s := S{1, 2, 3}
	pb := (*int32)(unsafe.Add(unsafe.Pointer(&s), unsafe.Offsetof(s.b)))
	*pb = 20
	pc := (*int64)(unsafe.Pointer(uintptr(unsafe.Pointer(&s)) + unsafe.Offsetof(s.c)))
	*pc = 30
	println(s.a, s.b, s.c)
	bs := [8]byte{1, 0, 0, 0, 2, 0, 0, 0}
	u := (*[2]uint32)(unsafe.Pointer(&bs))
	println(u[0], u[1])
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	println(bits)
}
