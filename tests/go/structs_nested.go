// Nested structs: field access, assignment of inner structs, copies.
package main

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Label    string
}

type Scene struct {
	Rects [2]Rect
	Count int
}

func area(r Rect) int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func main() {
	r := Rect{Point{0, 0}, Point{3, 4}, "r"}
	println(area(r), r.Max.Y, r.Label)
	r2 := r
	r2.Max.X = 10
	println(area(r), area(r2))
	var s Scene
	s.Rects[1] = r2
	s.Rects[0].Min = Point{-1, -1}
	s.Count = 2
	println(s.Rects[0].Min.X, s.Rects[1].Max.X, s.Rects[1].Label, s.Count)
	inner := s.Rects[1].Max
	inner.Y = 100
	println(s.Rects[1].Max.Y, inner.Y)
	ps := &s.Rects[0]
	ps.Max = Point{5, 5}
	println(area(s.Rects[0]))
	anon := struct {
		A int
		B struct{ C string }
	}{A: 1}
	anon.B.C = "deep"
	println(anon.A, anon.B.C)
}
