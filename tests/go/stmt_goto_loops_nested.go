// goto out of nested blocks and loops, and jumping over code at the same level.
package main

func find(grid [][]int, target int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				println("at", i, j)
				goto found
			}
		}
	}
	return -1, -1
found:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j
			}
		}
	}
	return -2, -2
}

func main() {
	g := [][]int{{1, 2}, {3, 4}, {5, 6}}
	println(find(g, 4))
	println(find(g, 9))
	n := 0
	{
		goto skip
	}
skip:
	n++
	if n < 3 {
		goto skip
	}
	println(n)
}
