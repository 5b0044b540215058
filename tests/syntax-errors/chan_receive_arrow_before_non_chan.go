package main

func main() {
	var c = make(<-chan<- int)
	_ = c
}
