// Slices of slices: rows sharing and not sharing backing arrays.
package main

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i*10 + j
		}
	}
	for _, row := range grid {
		for _, v := range row {
			print(v, " ")
		}
		println(len(row))
	}
	flat := make([]int, 6)
	rows := [][]int{flat[0:3], flat[3:6]}
	rows[0][2] = 7
	rows[1][0] = 8
	println(flat[2], flat[3])
	rows[0] = append(rows[0], 99)
	println(flat[3], rows[1][0])
	var tri [][]string
	for i := 0; i < 3; i++ {
		tri = append(tri, []string{})
		for j := 0; j <= i; j++ {
			tri[i] = append(tri[i], "*")
		}
	}
	for _, r := range tri {
		s := ""
		for _, x := range r {
			s += x
		}
		println(s)
	}
}
