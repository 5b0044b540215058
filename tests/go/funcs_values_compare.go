// Function values: assigning, passing, storing in structs and slices, nil checks.
package main

type Handler struct {
	name string
	fn   func(int) int
}

func sq(x int) int   { return x * x }
func neg(x int) int  { return -x }
func apply(f func(int) int, x int) int { return f(x) }

func pick(s string) func(int) int {
	switch s {
	case "sq":
		return sq
	case "neg":
		return neg
	}
	return nil
}

func main() {
	hs := []Handler{{"sq", sq}, {"neg", neg}, {"anon", func(x int) int { return x + 100 }}}
	for _, h := range hs {
		println(h.name, h.fn(7), apply(h.fn, 2))
	}
	for _, s := range []string{"sq", "neg", "none"} {
		f := pick(s)
		if f == nil {
			println(s, "is nil")
			continue
		}
		println(s, f(3))
	}
	var f func(int) int
	println(f == nil)
	f = sq
	println(f != nil, f(f(2)))
}
