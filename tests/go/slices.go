// Slices: make, literals, len and cap, indexing with bounds checks,
// slicing slices, arrays and strings, append (one value, several, and a
// spread, with Go's growth rule: these slices live in globals, so every
// backing array is in the heap), copy, nil slices, range over slices,
// arrays and strings (runes).
package main

var (
	ints   []int
	bytes  []byte
	ptrs   []*int
	words  []string
	matrix [][]int
)

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	for i := 0; i < 20; i++ {
		ints = append(ints, i)
		print(cap(ints), " ")
	}
	println()
	for i := 0; i < 40; i++ {
		bytes = append(bytes, byte('a'+i%26))
	}
	println(len(bytes), cap(bytes), string(bytes[0]) == "", bytes[25])
	x := 1
	for i := 0; i < 100; i++ {
		ptrs = append(ptrs, &x)
	}
	println(len(ptrs), cap(ptrs), *ptrs[99])
	words = append(words, "a", "b", "c")
	words = append(words, words...)
	println(len(words), cap(words), words[3], words[5])

	s := make([]int, 3, 10)
	s[0], s[2] = 7, 9
	t := s[1:4]
	t[0] = 5
	println(len(t), cap(t), s[1], t[2], sum(s), sum(t))
	lit := []int{10, 20, 30, 5: 60}
	println(len(lit), cap(lit), lit[4], lit[5], sum(lit))
	n := copy(lit, []int{1, 2})
	println(n, lit[0], lit[1], lit[2])
	n = copy(lit[4:], lit)
	println(n, lit[4], lit[5])

	var nilSlice []int
	println(nilSlice == nil, len(nilSlice), cap(nilSlice), sum(nilSlice), lit != nil)
	nilSlice = append(nilSlice, 1)
	println(nilSlice == nil, len(nilSlice))

	arr := [5]int{1, 2, 3, 4, 5}
	as := arr[1:3]
	as = append(as, 100)
	println(arr[3], len(as), cap(as), sum(arr[:]))

	str := "héllo, 世界"
	println(len(str), str[1:3] == "é", str[7:])
	for i, r := range str {
		print(i, ":", r, " ")
	}
	println()
	for i := range arr {
		arr[i] *= 10
	}
	for _, v := range arr {
		print(v, " ")
	}
	println()
	matrix = make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
		matrix[i][i] = i * 11
	}
	println(len(matrix[2]), matrix[2][2], matrix[1][0])
	i := 3
	println(lit[i:][0], s[:i][2])
	full := s[1:2:4]
	full = append(full, 42, 43)
	println(len(full), cap(full), s[2], s[:4][3])
	full = append(full, 44)
	println(len(full), cap(full), s[:4][3], full[3])
	arr5 := [5]int{1, 2, 3, 4, 5}
	sub := arr5[1:3:3]
	sub = append(sub, 99)
	println(arr5[3], sub[2], len(sub), cap(sub))
	five := 5
	println(len(s[:0:five]), cap(arr5[:i:i]))
	println(s[i:i+8][7])
	println(s[1:2:11])
}
