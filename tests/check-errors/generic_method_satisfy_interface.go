package main

type Shower interface {
	Show(x int) string
}

type Printer struct{}

func (Printer) Show[T any](x T) string { return "" }

func main() {
	var s Shower = Printer{}
	_ = s
}
