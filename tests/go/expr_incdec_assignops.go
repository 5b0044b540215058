// ++, -- and every op= on variables, fields, elements and pointers.
package main

type S struct {
	n int
	f float64
	a [3]uint8
}

func main() {
	var s S
	p := &s
	s.n++
	p.n += 10
	s.a[1]--
	p.a[2] += 200
	p.a[2] += 100
	s.f -= 0.5
	s.f *= 3
	println(s.n, s.f, s.a[0], s.a[1], s.a[2])
	xs := []int{1, 2, 3}
	xs[0] <<= 4
	xs[1] *= -7
	xs[2] %= 2
	for i := range xs {
		xs[i] /= 2
	}
	println(xs[0], xs[1], xs[2])
	q := new(int)
	*q++
	*q *= 9
	println(*q)
	str := "a"
	str += "b"
	str += str
	println(str)
}
