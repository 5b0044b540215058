// Slice indexing, loop bounds read in place, stores from locals, and
// addresses through pointers and slices (which do not move the variable
// to the heap); ends with an index out of range through a slice index.
package main

type pt struct{ x, y int }

func (p *pt) move(d int) { p.x += d; p.y -= d }

type big struct {
	pad [70000]byte
	v   int
}

func sum(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

// grow appends inside a loop bounded by len(s): the bound is read again
// by every test, so the loop sees the new elements.
func grow(s []int) []int {
	for i := 0; i < len(s); i++ {
		if s[i] > 0 && len(s) < 10 {
			s = append(s, s[i]-1)
		}
	}
	return s
}

// shrink reassigns the slice the bound reads.
func shrink(s []int) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n++
		s = s[:len(s)-1]
	}
	return n
}

func bound(n int) int {
	c := 0
	for i := 0; i < n; i++ {
		if i == 3 {
			n = 5
		}
		c++
	}
	return c
}

func ptrs(ps []pt, p *pt) int {
	q := &ps[1]
	q.x = 7
	p.move(2)
	r := ps[:1]
	r[0].y = 9
	return ps[0].y + ps[1].x + p.x + p.y
}

type S []S

// appends: s = append(s, ...) grows s in place; values that are s itself
// must be read before it grows.
func appends() {
	s := make([]int, 1, 2)
	s[0] = 4
	t := s
	s = append(s, s[0]+1)
	s = append(s, s[1]+1, s[0])
	u := s
	s = append(s, s...)
	s = append(s[:2], 9)
	println(len(t), cap(t), len(u), len(s), s[0], s[1], s[2], u[2], t[0])
	var r S
	r = append(r, r)
	r = append(r, r)
	r = append(r, r...)
	println(len(r), len(r[1]), len(r[2]))
	b := []byte("ab")
	b = append(b, "cd"...)
	b = append(b, b...)
	println(string(b))
}

func main() {
	s := []int{1, 2, 3}
	println(sum(s), cap(s))
	g := grow([]int{2, 1})
	println(len(g), sum(g))
	println(shrink([]int{1, 2, 3, 4, 5, 6}))
	println(bound(100))
	ps := make([]pt, 3)
	p := &pt{1, 1}
	println(ptrs(ps, p), p.x, p.y)
	var a [4]int
	v := 5
	a[v-3] = v
	s[v-4] = v
	println(a[2], s[1])
	bs := make([]big, 2)
	bs[1].v = 3
	println(bs[1].v)
	var words [3]string
	ws := words[:]
	ws[2] = "w"
	println(words[2])
	appends()
	i := 2
	for ; i < 5; i++ {
		s[i] = i
	}
	println(s[0])
}
