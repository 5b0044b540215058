// Conversions between named types with the same underlying type.
package main

type Meters float64
type Feet float64
type ID int
type Name string
type Point struct{ X, Y int }
type Vec struct{ X, Y int }
type Ints []int
type Grid [2][2]int

func main() {
	m := Meters(3)
	f := Feet(m * 3.28084)
	println(f, Meters(f)/m)
	id := ID(42)
	n := int(id) + 1
	println(id, n)
	nm := Name("go")
	s := string(nm) + "!"
	println(nm, s, Name(s) == "go!")
	p := Point{1, 2}
	v := Vec(p)
	v.X = 10
	println(p.X, v.X)
	is := Ints([]int{1, 2})
	raw := []int(is)
	raw[0] = 5
	println(is[0])
	g := Grid{{1, 2}, {3, 4}}
	h := [2][2]int(g)
	println(h[1][0])
	type local int
	var l local = 7
	println(int(l) * 2)
}
