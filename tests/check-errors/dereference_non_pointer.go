package main

func main() {
	x := 5
	_ = *x
	*x = 3
	_ = *nil
}
