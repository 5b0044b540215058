package main

type T struct{ a int }

var (
	first = "Ada"
	last  = "Lovelace"
	full  = first + " " + last
	ptr   = &T{1}
	nums  = []int{1, 2, 3}
	m     = map[string]int{"a": 1}
	const1 = "ab" + "c"
)

var counter int

func init() {
	counter++
}

func init() {
	counter += 2
}

func main() {
	println(full, ptr.a, len(nums), m["a"], const1, counter)
	println(uint64(18446744073709551615), 1.0/3, string(rune(65+counter)))
}
