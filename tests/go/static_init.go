package main

type point struct {
	x, y int8
	name string
	f    float32
	c    complex64
}

var table = [...]int{1, 2, 3, 5: 8}
var pts = []point{{1, 2, "a", 1.5, 2i}, {x: -3, name: "b\n"}, {}}
var names = []string{"alpha", "beta", ""}
var grid = [2][3]uint16{{1, 2, 3}, {4, 5, 6}}
var empty []int
var nested = [][]int{{1}, {2, 3}}
var flag = true
var ratio float32 = 0.1
var big uint64 = 1<<64 - 1
var small int8 = -128
var z = complex(1, -2)
var p = point{y: 7, name: "pt"}
var derived = len(names) + table[5]

func main() {
	println(len(table), table[0], table[5], cap(pts), pts[0].x, pts[1].x, pts[1].name, pts[0].f, pts[0].c == 2i)
	pts[2].name = "changed"
	names[2] = "gamma"
	println(pts[2].name, names[0], names[1], names[2], len(names))
	println(grid[1][2], grid[0][0], empty == nil, len(nested[1]), nested[1][1])
	println(flag, ratio, big, small, real(z), imag(z), p.y, p.name, derived)
	names = append(names, "delta")
	println(len(names), cap(names), names[3])
}
