// len and cap of array-typed call results, [...] arrays, methods on named
// integer types used as enums, and assorted compound assignments.
package main

type T struct {
	a [3]int
	s string
}

//go:noinline
func mk() T { return T{[3]int{1, 2, 3}, "x"} }

func arr() [5]byte { return [5]byte{} }

type Op int

const (
	Add Op = iota
	Sub
)

func (o Op) Apply(a, b int) int {
	switch o {
	case Add:
		return a + b
	case Sub:
		return a - b
	}
	return 0
}

func main() {
	println(len(mk().a), len(arr()), cap(arr()))
	var x struct {
		p *T
	}
	x.p = &T{}
	x.p.a[2] = 5
	println(x.p.a[2])
	ops := [...]Op{Add, Sub}
	for _, o := range ops {
		println(o.Apply(5, 3))
	}
	println(len(ops))
	m := [...]string{2: "c", 0: "a"}
	println(len(m), m[1] == "", m[2])
	var iface interface{ Apply(int, int) int } = Sub
	println(iface.Apply(1, 2))
	f := Op.Apply
	println(f(Add, 2, 2))
	b := []byte("xyz")
	copy(b[1:], "AB")
	println(string(b))
	var r rune = 'é'
	println(string(r) + "!")
	s := []int{1, 2, 3}
	s2 := s[len(s):]
	println(len(s2), cap(s2))
	var arr2 [2][2]bool
	arr2[1] = [2]bool{true, true}
	println(arr2[1][0], arr2 == [2][2]bool{{}, {true, true}})
	type pt struct{ x, y int }
	pts := []pt{{1, 2}, {3, 4}}
	pts[1].y += pts[0].x
	println(pts[1].y)
	i := 0
	i += len("abc") * 2
	println(i)
	var c64 complex64 = 1 + 2i
	c64 *= 2
	println(real(c64), imag(c64))
	switch v := any(c64).(type) {
	case complex64:
		println("c64", real(v))
	}
}
