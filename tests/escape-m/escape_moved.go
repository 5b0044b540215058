package main

var global *int

func leak() {
	x := 42
	global = &x
}

func keep() int {
	y := 7
	p := &y
	return *p
}

func main() {
	leak()
	println(keep(), *global)
}
