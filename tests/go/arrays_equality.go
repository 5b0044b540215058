// == on arrays and structs compares element by element.
package main

type P struct {
	X, Y int
	Name string
}

type Q struct {
	f  float64
	b  bool
	ar [2]int8
}

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	println(a == b, a != b, a == c)
	p1 := P{1, 2, "a"}
	p2 := P{1, 2, "a"}
	p3 := P{1, 2, "b"}
	println(p1 == p2, p1 == p3, p1 != p3)
	zero := 0.0
	q1 := Q{f: zero / zero}
	q2 := q1
	println(q1 == q2, q1 != q2)
	q3 := Q{f: -zero, ar: [2]int8{1, -1}}
	q4 := Q{f: zero, ar: [2]int8{1, -1}}
	println(q3 == q4)
	ps := [2]P{{1, 1, "x"}, {2, 2, "y"}}
	pt := ps
	println(ps == pt)
	pt[1].Name = "z"
	println(ps == pt)
	var e1, e2 struct{}
	println(e1 == e2)
	s1 := [2]string{"ab", "c"}
	s2 := [2]string{"a", "bc"}
	println(s1 == s2)
}
