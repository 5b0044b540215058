package main

type Box struct {
	p *int
}

func get(b *Box) *int {
	return b.p
}

func getBox(b Box) *int {
	return b.p
}

func addr(b *Box) **int {
	return &b.p
}

func main() {
	x, y := 1, 2
	b := &Box{p: &x}
	c := Box{p: &y}
	println(*get(b), *getBox(c), **addr(b))
}
