// Insertion sort, quicksort and merge sort on ints and strings.
package main

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func quick(a []string) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func merge(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	l, r := merge(a[:len(a)/2]), merge(a[len(a)/2:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func main() {
	xs := []int{5, 2, 9, 1, 5, 6, -3, 0}
	insertion(xs)
	for _, x := range xs {
		print(x, " ")
	}
	println()
	ss := []string{"pear", "apple", "fig", "banana", "cherry", "date"}
	quick(ss)
	for _, s := range ss {
		print(s, " ")
	}
	println()
	seed := uint32(12345)
	var big []int
	for i := 0; i < 1000; i++ {
		seed = seed*1664525 + 1013904223
		big = append(big, int(seed>>16)%1000)
	}
	m := merge(big)
	ok := true
	for i := 1; i < len(m); i++ {
		if m[i-1] > m[i] {
			ok = false
		}
	}
	println(len(m), ok, m[0], m[999])
}
