// Variadic functions (packed arguments, nil when there are none, and
// s... passed as is), min and max over integers, floats (NaN, signed
// zeros) and strings, clear, goto, and unsafe pointer arithmetic.
package main

import "unsafe"

func sum(label string, xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	println(label, len(xs), cap(xs), xs == nil, t)
	return t
}

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return steps
}

var zero = 0.0

func main() {
	sum("none")
	sum("three", 1, 2, 3)
	nums := []int{4, 5, 6, 7}
	sum("spread", nums...)
	sum("slice", nums[1:3]...)

	a, b, c := 3, -7, 12
	println(min(a, b, c), max(a, b, c), min(a, 5), max(uint8(a), 200))
	nan := zero / zero
	negZero := -zero
	println(min(1.5, 2.5, 0.5), max(1.5, 2.5), min(nan, 1.0), max(2.0, nan))
	println(min(zero, negZero), max(negZero, zero))
	s1, s2, s3 := "pear", "apple", "zebra"
	println(min(s1, s2, s3), max(s1, s2, s3))

	clear(nums)
	println(nums[0], nums[3], len(nums))
	println(collatz(27))

	arr := [4]int32{10, 20, 30, 40}
	p := unsafe.Pointer(&arr[0])
	third := (*int32)(unsafe.Add(p, 2*unsafe.Sizeof(arr[0])))
	println(*third, unsafe.Sizeof(arr), unsafe.Alignof(arr[1]))
	addr := uintptr(p)
	back := (*int32)(unsafe.Pointer(addr + 4))
	*back = 99
	println(arr[1])
	str := "hello"
	first := (*byte)(unsafe.StringData(str))
	println(*first)
	view := unsafe.Slice(&arr[1], 3)
	view[2] = -1
	println(len(view), cap(view), arr[3])
	bs := []byte("bytes")
	println(unsafe.String(&bs[1], 3), unsafe.String(nil, 0) == "")
	var nilp *int32
	println(len(unsafe.Slice(nilp, 0)))
	println(unsafe.Slice(nilp, 2))
}
