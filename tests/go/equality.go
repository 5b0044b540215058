// == and != on structs and arrays: field by field, blank fields
// ignored, strings by content, floats by value (NaN differs from itself,
// -0 equals +0), pointers by address.
package main

type pt struct {
	x, y int8
	_    int
	name string
	f    float64
}

type pair struct {
	a, b *int
}

func main() {
	a := pt{1, 2, 0, "a", 1.5}
	b := pt{1, 2, 0, "a" + "", 1.5}
	c := b
	c.name = "c"
	println(a == b, a != b, a == c, [3]int{1, 2, 3} == [3]int{1, 2, 3}, [2]string{"a"} != [2]string{"a", ""})
	z := 0.0
	n := pt{f: z / z}
	println(n == n, [2]float64{0, 0} == [2]float64{-z, z})
	i, j := 1, 1
	println(pair{&i, &j} == pair{&i, &j}, pair{&i, &j} == pair{&j, &i}, pair{} == pair{})
	grid := [2][2]bool{{true}, {false, true}}
	other := grid
	other[1][0] = true
	println(grid == [2][2]bool{{true, false}, {false, true}}, grid == other)
}
