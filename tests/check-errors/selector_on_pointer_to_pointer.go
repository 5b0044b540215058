package main

type T struct{ v int }

func main() {
	t := &T{}
	pp := &t
	_ = pp.v
}
