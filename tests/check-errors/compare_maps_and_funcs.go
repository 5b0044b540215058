package main

func main() {
	m1 := map[int]int{}
	m2 := map[int]int{}
	f := func() {}
	_ = m1 == m2
	_ = f == f
	_ = f != nil
}
