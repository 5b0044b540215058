package main

type T struct{}

func (t *T) M() {}

func make1() T { return T{} }

func main() {
	make1().M()
	T{}.M()
}
