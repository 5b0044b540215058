// range with index only, value only, both, and blank identifiers, over arrays, pointers and strings.
package main

func main() {
	arr := [4]int{10, 20, 30, 40}
	for i := range arr {
		print(i)
	}
	println()
	for _, v := range arr {
		print(v, " ")
	}
	println()
	for i, _ := range &arr {
		print(i)
	}
	println()
	var i int
	var v int
	for i, v = range arr[1:] {
	}
	println(i, v)
	for range "héllo" {
		i++
	}
	println(i)
	n := 0
	for range []struct{}{{}, {}, {}} {
		n++
	}
	println(n)
	var nilArrPtr *[3]int
	for i := range nilArrPtr {
		print(i)
	}
	println(len(nilArrPtr))
}
