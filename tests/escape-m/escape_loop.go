package main

var keep []*int

func collect(n int) int {
	var last *int
	for i := 0; i < n; i++ {
		v := i * 2
		last = &v
	}
	if last == nil {
		return 0
	}
	return *last
}

func store(n int) {
	for i := 0; i < n; i++ {
		w := i
		keep = append(keep, &w)
	}
}

func inner() int {
	t := 0
	for i := 0; i < 3; i++ {
		u := i
		p := &u
		t += *p
	}
	return t
}

func main() {
	println(collect(3), inner())
	store(2)
}
