// Pointers to pointers and modifying pointer variables through them.
package main

type T struct{ v int }

func reset(pp **T) { *pp = &T{v: -1} }

func setAll(ps []*int, v int) {
	for _, p := range ps {
		*p = v
	}
}

func main() {
	t := &T{1}
	old := t
	reset(&t)
	println(t.v, old.v)
	a, b, c := 1, 2, 3
	setAll([]*int{&a, &c}, 9)
	println(a, b, c)
	x := 5
	p := &x
	pp := &p
	ppp := &pp
	***ppp = 6
	println(x, **pp == 6)
	y := 7
	*pp = &y
	println(*p)
	var np *int
	pnp := &np
	println(*pnp == nil)
}
