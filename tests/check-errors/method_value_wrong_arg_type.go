package main

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }

func main() {
	var a Acc
	add := a.Add
	add("five")
	a.Add(1, 2)
}
