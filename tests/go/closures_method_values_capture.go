// Method values used as callbacks keep their receiver copy or pointer.
package main

type Acc struct{ total int }

func (a *Acc) Add(n int)   { a.total += n }
func (a Acc) Report() int { return a.total }

func apply(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	var a Acc
	apply([]int{1, 2, 3}, a.Add)
	println(a.total)
	rep := a.Report
	a.Add(100)
	println(rep(), a.Report())
	fs := []func(int){a.Add, (&a).Add}
	fs[0](1)
	fs[1](1)
	println(a.total)
}
