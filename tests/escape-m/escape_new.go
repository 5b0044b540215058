package main

type T struct {
	a, b int
}

var sink *T

func local() int {
	p := new(int)
	*p = 3
	t := &T{1, 2}
	return *p + t.a
}

func escapes() *T {
	return &T{3, 4}
}

func stored() {
	sink = &T{5, 6}
}

func main() {
	println(local(), escapes().b)
	stored()
}
