// Returning pointers to locals; each call gets a fresh variable.
package main

type T struct{ v [4]int }

func newInt(v int) *int { x := v; return &x }

func newT(i int) *T {
	var t T
	t.v[i%4] = i
	return &t
}

func main() {
	a := newInt(1)
	b := newInt(2)
	*a += 10
	println(*a, *b, a != b)
	ts := []*T{}
	for i := 0; i < 5; i++ {
		ts = append(ts, newT(i))
	}
	for _, t := range ts {
		print(t.v[0], t.v[1], t.v[2], t.v[3], " ")
	}
	println()
	ptrs := make([]*int, 3)
	for i := range ptrs {
		v := i * i
		ptrs[i] = &v
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2])
}
