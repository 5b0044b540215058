// Deleting and inserting elements with append and copy.
package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println("len", len(s))
}

func remove(s []int, i int) []int { return append(s[:i], s[i+1:]...) }

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	show(s)
	s = insert(s, 1, 100)
	show(s)
	s = filter(s, func(v int) bool { return v%2 == 0 })
	show(s)
	r := []int{1, 2, 3, 4}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	show(r)
}
