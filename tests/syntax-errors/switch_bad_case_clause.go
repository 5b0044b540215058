package main

func main() {
	x := 1
	switch x {
	1:
		println("one")
	}
}
