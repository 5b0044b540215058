package main

type T struct{ v int }

func send(ch chan *T) {
	t := &T{1}
	ch <- t
}

func mapStore(m map[string]*T) {
	m["a"] = &T{2}
}

func localMap() int {
	m := map[int]int{1: 2}
	m[3] = 4
	return len(m)
}

func makeMap() map[int]int {
	return make(map[int]int)
}

func main() {
	ch := make(chan *T, 1)
	send(ch)
	m := make(map[string]*T)
	mapStore(m)
	println((<-ch).v, m["a"].v, localMap(), len(makeMap()))
}
