// Local arrays of arrays indexed by variables (a game-of-life step on
// a frame-resident grid), elements assigned from calls that grow the
// stack, and range over an array of arrays.
package main

const size = 6

func deep(n int) int {
	if n == 0 {
		return 0
	}
	return deep(n-1) + 1
}

func neighbours(g [size][size]bool, r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+size)%size, (c+dc+size)%size
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func step(g [size][size]bool) [size][size]bool {
	var next [size][size]bool
	for r := 0; r < size; r++ {
		for c := 0; c < size; c++ {
			n := neighbours(g, r, c)
			next[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return next
}

func show(g [size][size]bool) {
	for _, row := range g {
		for _, cell := range row {
			if cell {
				print("#")
			} else {
				print(".")
			}
		}
		println()
	}
}

func main() {
	var g [size][size]bool
	g[1][2], g[2][3], g[3][1], g[3][2], g[3][3] = true, true, true, true, true
	for i := 0; i < 4; i++ {
		g = step(g)
	}
	show(g)
	var m [3][4]int32
	for i := range 3 {
		for j := range 4 {
			m[i][j] = int32(deep(i*1000+j) % 97)
		}
	}
	println(m[2][3], m[1][0], m[0][3])
	i, j := 2, 5
	println(m[i][j%4])
	println(m[i+1][0])
}
