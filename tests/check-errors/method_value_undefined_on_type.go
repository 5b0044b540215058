package main

type T struct{}

func (T) Known() {}

func main() {
	_ = T.Unknown
	var t T
	t.Known = nil
}
