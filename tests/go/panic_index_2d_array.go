// An out-of-range index in the inner dimension of a 2D array.
package main

var grid [3][4]int

//go:noinline
func cell(r, c int) int { return grid[r][c] }

func main() {
	grid[2][3] = 9
	println(cell(2, 3))
	println(cell(1, 4))
}
