// Pointers and structs in Go's memory layout: new, &x (the variable
// moves to the heap), &T{...}, field access through values and pointers,
// sub-word fields, nested structs, arrays in structs, struct assignment
// and passing by value, pointer comparison.
package main

type point struct {
	x, y int
}

type rec struct {
	flag  bool
	small int8
	mid   int32
	f     float32
	name  string
	p     point
	arr   [3]int16
	next  *rec
}

var origin = point{}
var global rec

func move(p *point, dx, dy int) {
	p.x += dx
	p.y += dy
}

func scaled(p point, k int) point {
	p.x *= k
	p.y *= k
	return p
}

func length(r *rec) int {
	n := 0
	for r != nil {
		n++
		r = r.next
	}
	return n
}

func main() {
	a := point{1, 2}
	move(&a, 10, 20)
	println(a.x, a.y)
	b := scaled(a, 3)
	println(a.x, a.y, b.x, b.y)

	q := new(point)
	q.y = 7
	println(q.x, q.y, q != nil, q == q)

	r := &rec{flag: true, small: -5, mid: 1 << 30, f: 1.5, name: "first", p: point{3, 4}}
	r.arr[1] = 300
	r.small--
	r.mid *= 2
	r.f /= 3
	println(r.flag, r.small, r.mid, r.f, r.name, r.p.x, r.p.y, r.arr[0], r.arr[1])
	r.next = &rec{name: "second"}
	r.next.next = &rec{name: "third"}
	println(length(r), r.next.name, r.next.next.name, r.next.next.next == nil)

	var s rec
	s.p.y = 9
	s.small = 127
	s.small++
	s.name = "local"
	t := s
	t.p.y = 10
	println(s.p.y, t.p.y, s.small, t.name)

	global.mid = 42
	global.p = point{5, 6}
	g := &global
	g.p.x++
	println(global.mid, global.p.x, global.p.y, origin.x)

	n := 5
	pn := &n
	*pn = *pn * 2
	println(n, *pn)
	arr := [4]int{1, 2, 3}
	arr2 := arr
	arr2[3] = 9
	println(arr[3], arr2[3], len(arr))
}
