// unsafe.Offsetof through embedded fields and of nested struct fields.
package main

import "unsafe"

type Base struct {
	a byte
	b int32
}

type Derived struct {
	x int16
	Base
	y [3]byte
	z float64
}

type Deep struct {
	flag bool
	Derived
}

func main() {
	var d Derived
	println(unsafe.Offsetof(d.Base), unsafe.Offsetof(d.b), unsafe.Offsetof(d.y), unsafe.Offsetof(d.z), unsafe.Sizeof(d))
	var dd Deep
	println(unsafe.Offsetof(dd.Derived), unsafe.Offsetof(dd.x), unsafe.Offsetof(dd.z), unsafe.Sizeof(dd), unsafe.Alignof(dd))
	println(unsafe.Offsetof(dd.Derived.Base.b))
	p := unsafe.Pointer(&dd)
	*(*int32)(unsafe.Add(p, unsafe.Offsetof(dd.Derived)+unsafe.Offsetof(d.b))) = 77
	println(dd.b)
}
