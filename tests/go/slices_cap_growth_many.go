// cap() after appending several elements at once, and appending slices
// (results kept in package-level variables, so they live on the heap).
package main

var sinkI []int
var sinkB []byte
var i32 []int32
var u []uint16

func main() {
	for _, n := range []int{1, 2, 3, 5, 7, 9, 13, 17, 33, 100, 1025} {
		sinkI = nil
		sinkI = append(sinkI, make([]int, n)...)
		sinkB = nil
		sinkB = append(sinkB, make([]byte, n)...)
		print(n, ":", cap(sinkI), ",", cap(sinkB), " ")
	}
	println()
	s := make([]int, 3, 4)
	s = append(s, 1, 2, 3)
	println(len(s), cap(s))
	s = append(s, s...)
	println(len(s), cap(s))
	b := []byte("hello")
	b = append(b, " world, this is longer"...)
	println(len(b), cap(b), string(b))
	i32 = append(i32, 1, 2, 3, 4, 5)
	println(cap(i32))
	u = make([]uint16, 0, 5)
	u = append(u, 1, 2, 3, 4, 5, 6)
	println(cap(u))
}
