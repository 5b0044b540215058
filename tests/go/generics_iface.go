package main

type Stringer interface{ String() string }

type Named struct{ name string }

func (n Named) String() string { return "Named(" + n.name + ")" }

type ID int

func (i ID) String() string { return "ID" + string(rune('0'+int(i))) }

func Join[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

type Wrapper[T Stringer] struct{ inner T }

func (w Wrapper[T]) String() string { return "[" + w.inner.String() + "]" }

type Counter[T any] struct {
	items []T
}

func (c *Counter[T]) Add(x T)    { c.items = append(c.items, x) }
func (c *Counter[T]) Count() int { return len(c.items) }

type Adder[T any] interface {
	Add(T)
	Count() int
}

func Fill[T any](a Adder[T], xs ...T) int {
	for _, x := range xs {
		a.Add(x)
	}
	return a.Count()
}

func Stringify[T Stringer](x T) Stringer { return x }

type Shower interface{ Show() string }

type Num[T ~int | ~float64] struct{ v T }

func (n Num[T]) Show() string {
	if n.v > 0 {
		return "positive"
	}
	return "non-positive"
}

func main() {
	println(Join([]ID{1, 2, 3}, ","))
	println(Join([]Named{{"a"}, {"b"}}, "+"))
	w := Wrapper[ID]{4}
	println(w.String())
	var s Stringer = w
	println(s.String())
	s = Wrapper[Wrapper[Named]]{Wrapper[Named]{Named{"z"}}}
	println(s.String())
	println(Join([]Wrapper[ID]{{1}, {2}}, " "))
	var c Counter[string]
	println(Fill[string](&c, "x", "y"))
	println(Stringify(ID(7)).String())
	shows := []Shower{Num[int]{3}, Num[float64]{-1.5}}
	for _, sh := range shows {
		println(sh.Show())
	}
	var a any = Num[int]{1}
	_, isShower := a.(Shower)
	_, isNumF := a.(Num[float64])
	n, isNumI := a.(Num[int])
	println(isShower, isNumF, isNumI, n.v)
}
