// Arrays are values: assignment, passing and ranging copy them.
package main

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	println(a[0], b[0])
	c := double(a)
	println(a[1], c[1])
	doublePtr(&a)
	println(a[0], a[1], a[2])
	for i, v := range a {
		a[2] = 99
		print(i, v, " ")
	}
	println(a[2])
	p := &a
	for i, v := range p {
		p[2] = 7
		print(i, v, " ")
	}
	println()
	var grid [2][3]int
	row := grid[1]
	row[0] = 5
	grid[0][2] = 9
	println(grid[0][2], grid[1][0], row[0], len(grid), len(grid[0]))
}
