package main

func Contains[T comparable](xs []T, v T) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func Uniq[T comparable](xs []T) []T {
	var out []T
	for _, x := range xs {
		if !Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

type Point struct{ X, Y int }

func Equal[T comparable](a, b T) bool { return a == b }

func Count[T comparable](xs []T, v T) (n int) {
	for _, x := range xs {
		if x != v {
			continue
		}
		n++
	}
	return
}

func main() {
	println(Contains([]int{1, 2, 3}, 2), Contains([]string{"a"}, "b"))
	u := Uniq([]int{3, 1, 3, 2, 1})
	println(len(u), u[0], u[1], u[2])
	pts := Uniq([]Point{{1, 2}, {1, 2}, {2, 1}})
	println(len(pts), pts[1].X)
	println(Equal(1.5, 1.5), Equal("a", "b"), Equal(Point{1, 1}, Point{1, 1}))
	var e1, e2 any = 1, "x"
	println(Equal(e1, e2), Equal[any](3, 3))
	println(Count([]string{"a", "b", "a"}, "a"), Count([][2]int{{1, 2}, {1, 2}}, [2]int{1, 2}))
	p1, p2 := &Point{}, &Point{}
	println(Equal(p1, p2), Equal(p1, p1))
	defer func() { println("recovered:", recover() != nil) }()
	println(Equal[any]([]int{}, []int{}))
}
