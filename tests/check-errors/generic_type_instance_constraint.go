package main

type Set[K comparable] map[K]struct{}

func main() {
	var s Set[[]byte]
	_ = s
}
