package main

var hook func() int

func byValue() {
	x := 10
	hook = func() int { return x }
}

func byRef() {
	y := 10
	hook = func() int { return y }
	y = 20
}

func adder(base int) func(int) int {
	return func(v int) int { return base + v }
}

func main() {
	byValue()
	byRef()
	add := adder(3)
	println(hook(), add(4))
}
