// A hand-written sort.Interface-like abstraction over several types.
package main

type Sortable interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type Ints []int
type ByLen []string

func (s Ints) Len() int           { return len(s) }
func (s Ints) Less(i, j int) bool { return s[i] < s[j] }
func (s Ints) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func (s ByLen) Len() int           { return len(s) }
func (s ByLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s ByLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func sortAll(x Sortable) {
	for i := 1; i < x.Len(); i++ {
		for j := i; j > 0 && x.Less(j, j-1); j-- {
			x.Swap(j, j-1)
		}
	}
}

func main() {
	is := Ints{5, 3, 9, 1}
	sortAll(is)
	println(is[0], is[1], is[2], is[3])
	ss := ByLen{"ccc", "a", "bb", "dddd", ""}
	sortAll(ss)
	for _, s := range ss {
		print(len(s), " ")
	}
	println()
}
