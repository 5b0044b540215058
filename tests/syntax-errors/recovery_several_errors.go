package main

func main() {
	a := [1, 2]
	b := f(1 2)
	if a = b {
	}
	for var i = 0; ; {
	}
}
