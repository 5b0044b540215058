// make with hints (zero, small, large, negative at run time, which Go
// ignores) gives empty maps that grow as needed; len tracks inserts and
// deletes; maps are references.
package main

func fill(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = i
	}
}

func main() {
	neg := -5
	for _, hint := range []int{0, 1, 8, 9, 100, 10000, neg} {
		m := make(map[int]int, hint)
		println(hint, len(m))
		fill(m, 50)
		println(len(m))
	}
	a := map[string]int{}
	b := a
	b["shared"] = 1
	println(len(a), a["shared"])
	var u8 uint8 = 200
	c := make(map[uint8]bool, u8)
	for i := 0; i < 300; i++ {
		c[uint8(i)] = true
	}
	println(len(c))
}
