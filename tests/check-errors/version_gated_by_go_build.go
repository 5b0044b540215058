//go:build go1.22

package main

type T struct{}

func (T) Get[E any]() E {
	var z E
	return z
}

func main() {
	for i := range 3 {
		_ = i
	}
	_ = new(7)
}
