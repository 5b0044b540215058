// Reading a slice's and a string's header words through unsafe.Pointer.
package main

import "unsafe"

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

type stringHeader struct {
	data unsafe.Pointer
	len  int
}

func main() {
	s := make([]int, 3, 10)
	h := (*sliceHeader)(unsafe.Pointer(&s))
	println(h.len, h.cap, h.data == unsafe.Pointer(&s[0]))
	h.len = 5
	println(len(s), s[4])
	str := "hello"
	sh := (*stringHeader)(unsafe.Pointer(&str))
	println(sh.len, *(*byte)(sh.data))
	sh.len = 4
	println(str)
	var e any = 5
	words := (*[2]unsafe.Pointer)(unsafe.Pointer(&e))
	println(words[0] != nil, *(*int)(words[1]))
}
