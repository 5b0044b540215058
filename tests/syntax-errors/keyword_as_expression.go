package main

func main() {
	x := break
	_ = x
}
