// String switches, deep recursion with large frames (stack growth) and
// pointers into heap-moved locals, per-iteration loop variables' addresses.
package main

func kind(s string) int {
	switch s {
	case "a", "b", "c":
		return 1
	case "apple", "banana":
		return 2
	case "":
		return 3
	case "longer string value here":
		return 4
	}
	return 0
}

func deep(n int, acc *[4]int) int {
	var local [16]int
	local[n%16] = n
	if n == 0 {
		return acc[0] + local[0]
	}
	acc[n%4]++
	return deep(n-1, acc) + local[n%16] - n
}

type Temp struct{ c float64 }

func (t *Temp) Ptr() *float64 { return &t.c }

func main() {
	for _, s := range []string{"a", "c", "apple", "", "longer string value here", "zzz"} {
		print(kind(s), " ")
	}
	println()
	var acc [4]int
	println(deep(5000, &acc), acc[0], acc[1], acc[2], acc[3])
	t := Temp{1}
	p := t.Ptr()
	*p = 99
	println(t.c)
	x := 10
	px := &x
	func() {
		*px++
		x++
	}()
	println(x, *px)
	arr := []*int{}
	for i := 0; i < 3; i++ {
		arr = append(arr, &i)
	}
	*arr[0] = 100
	println(*arr[0], *arr[1], *arr[2])
}
