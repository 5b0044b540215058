package main

func main() {
	x := 1 2
	x := 1 2
	x := 1 2
	x := 1 2
	x := 1 2
	x := 1 2
	x := 1 2
	x := 1 2
	x := 1 2
	x := 1 2
	x := 1 2
	x := 1 2
}
