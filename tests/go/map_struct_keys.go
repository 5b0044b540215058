// Struct and array keys: equal values are one key wherever they come
// from; blank fields do not take part; floats and strings inside keys
// compare by value.
package main

type point struct{ x, y int }

type tagged struct {
	name string
	id   int32
	_    int64
	w    float64
}

func main() {
	grid := map[point]string{}
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			grid[point{x, y}] = string(rune('a' + 3*x + y))
		}
	}
	println(len(grid), grid[point{1, 2}], grid[point{2, 2}], grid[point{5, 5}] == "")
	p := point{1, 1}
	grid[p] += "!"
	println(grid[point{1, 1}])
	delete(grid, point{0, 0})
	println(len(grid))

	tk := map[tagged]int{}
	s := "ab"
	tk[tagged{name: s + "c", id: 1, w: 0.5}] = 1
	tk[tagged{name: "abc", id: 1, w: 0.5}]++
	zero := 0.0
	tk[tagged{name: "z", w: zero}] = 5
	tk[tagged{name: "z", w: -zero}] += 5
	println(len(tk), tk[tagged{name: "abc", id: 1, w: 0.5}], tk[tagged{name: "z"}])

	arr := map[[3]int]int{}
	for i := 0; i < 20; i++ {
		arr[[3]int{i % 3, i % 2, 0}]++
	}
	println(len(arr), arr[[3]int{0, 0, 0}], arr[[3]int{2, 1, 0}])

	nested := map[[2]point]bool{}
	nested[[2]point{{1, 2}, {3, 4}}] = true
	println(nested[[2]point{{1, 2}, {3, 4}}], nested[[2]point{{1, 2}, {3, 5}}])

	small := map[int8]int{}
	for i := -128; i < 128; i++ {
		small[int8(i)] += i
	}
	println(len(small), small[-128], small[127])
}
