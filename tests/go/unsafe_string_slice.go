// unsafe.String, StringData, Slice and SliceData round trips.
package main

import "unsafe"

func main() {
	b := []byte("hello, world")
	s := unsafe.String(&b[0], 5)
	println(s, len(s))
	b[0] = 'H'
	println(s)
	p := unsafe.StringData("abc")
	println(*p, *(*byte)(unsafe.Add(unsafe.Pointer(p), 2)))
	arr := [4]int{1, 2, 3, 4}
	sl := unsafe.Slice(&arr[1], 3)
	println(len(sl), cap(sl), sl[0], sl[2])
	sl[0] = 20
	println(arr[1])
	d := unsafe.SliceData(sl)
	println(*d, d == &arr[1])
	var nilS []int
	println(unsafe.SliceData(nilS) == nil)
	empty := unsafe.String(nil, 0)
	println(len(empty), empty == "")
	e2 := unsafe.Slice((*int)(nil), 0)
	println(e2 == nil)
	str := "xyz"
	bs := unsafe.Slice(unsafe.StringData(str), len(str))
	println(len(bs), bs[2])
}
