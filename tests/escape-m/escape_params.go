package main

var sink *int

func toHeap(p *int) {
	sink = p
}

func identity(p *int) *int {
	return p
}

func deref(p *int) int {
	return *p
}

func derefToHeap(pp **int) {
	sink = *pp
}

func main() {
	a, b, c, d := 1, 2, 3, 4
	pd := &d
	toHeap(&a)
	println(*identity(&b), deref(&c))
	derefToHeap(&pd)
}
