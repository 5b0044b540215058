// Converting slices to arrays and to array pointers (Go 1.17/1.20).
package main

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 100
	println(s[0], a[0])
	p := (*[2]int)(s)
	p[1] = 200
	println(s[1], len(p))
	q := (*[0]int)(s)
	println(q != nil)
	var nilS []int
	r := (*[0]int)(nilS)
	println(r == nil)
	b := [0]int(nilS)
	println(len(b))
	t := [2]int(s[2:])
	println(t[0], t[1])
}

//go:noinline
func toArr(s []int) [3]int { return [3]int(s) }

func init() {
	a := toArr([]int{7, 8, 9})
	println(a[2])
	defer func() { println(recover().(error).Error()) }()
	b := toArr([]int{1})
	println(b[0])
}
