package main

type Inner struct {
	p *int
}

type Outer struct {
	in  Inner
	arr [2]*int
}

var sinkp *int

func fromOuter(o Outer) {
	sinkp = o.in.p
}

func arrElem(o *Outer) *int {
	return o.arr[1]
}

func copyOut(o *Outer) Outer {
	return *o
}

func main() {
	a, b := 1, 2
	o := Outer{in: Inner{p: &a}}
	o.arr[1] = &b
	fromOuter(o)
	c := copyOut(&o)
	println(*arrElem(&c))
}
