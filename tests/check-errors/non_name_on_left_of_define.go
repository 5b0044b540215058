package main

type T struct{ f int }

func main() {
	var t T
	t.f := 1
}
