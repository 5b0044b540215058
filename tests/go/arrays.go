// Arrays in frames, globals and the heap indexed by variables, with
// Go's bounds checks; an element assigned from a call that grows the
// stack (the element's address must be taken after the call).
package main

var table [8]int64

type grid struct {
	cells [3][4]int8
	total int
}

func deep(n int) int {
	if n == 0 {
		return 1
	}
	return deep(n-1) + 1
}

func sum(a [5]int) int {
	s := 0
	for i := 0; i < len(a); i++ {
		s += a[i]
	}
	return s
}

func main() {
	var a [5]int
	for i := range 5 {
		a[i] = i * i
	}
	println(a[0], a[1], a[2], a[3], a[4], sum(a))
	i := 2
	a[i] = deep(5000)
	println(a[2], sum(a))
	for i := range len(table) {
		table[i] = int64(i) << 40
	}
	println(table[3], table[7])
	g := &grid{}
	for r := 0; r < 3; r++ {
		g.cells[r][r] = int8(r + 100)
		g.total += int(g.cells[r][r])
	}
	println(g.cells[0][0], g.cells[1][1], g.cells[2][2], g.cells[2][3], g.total)
	var fs [3]float32
	fs[i-1] = 0.1
	bs := [4]bool{true, false, true}
	println(fs[1], bs[0], bs[1], bs[i], bs[3])
	j := 7
	println(a[j%5])
	println(a[j])
}
