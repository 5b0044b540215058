package main

type Num interface{ ~int | ~int32 }

func Div[T Num](a, b T) T {
	return a / b
}

func Safe[T Num](a, b T) (r T, err any) {
	defer func() {
		err = recover()
	}()
	return Div(a, b), nil
}

type Grid[T any] struct {
	w, h  int
	cells []T
}

func NewGrid[T any](w, h int) *Grid[T] {
	return &Grid[T]{w, h, make([]T, w*h)}
}

func (g *Grid[T]) At(x, y int) T { return g.cells[y*g.w+x] }

func (g *Grid[T]) Set(x, y int, v T) { g.cells[y*g.w+x] = v }

func main() {
	r, err := Safe(7, 2)
	println(r, err == nil)
	r2, err2 := Safe[int32](1, 0)
	println(r2, err2 != nil)
	g := NewGrid[string](2, 2)
	g.Set(1, 1, "x")
	println(g.At(1, 1), g.At(0, 0) == "")
	defer println("deferred in main")
	g.Set(2, 1, "boom")
	println(g.At(5, 5))
}
