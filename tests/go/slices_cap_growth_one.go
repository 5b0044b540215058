// cap() growth when appending one element at a time to several element sizes
// (package-level slices: their backing arrays are always on the heap).
package main

type big struct{ a, b, c int64 }

var (
	a []int
	b []byte
	c []big
	s []string
)

func main() {
	last := -1
	for i := 0; i < 2000; i++ {
		a = append(a, i)
		if cap(a) != last {
			print(cap(a), " ")
			last = cap(a)
		}
	}
	println()
	last = -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			print(cap(b), " ")
			last = cap(b)
		}
	}
	println()
	last = -1
	for i := 0; i < 500; i++ {
		c = append(c, big{})
		if cap(c) != last {
			print(cap(c), " ")
			last = cap(c)
		}
	}
	println()
	last = -1
	for i := 0; i < 600; i++ {
		s = append(s, "")
		if cap(s) != last {
			print(cap(s), " ")
			last = cap(s)
		}
	}
	println()
}
