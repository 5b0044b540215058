package main

type T struct{ n int }

func byPtr(t *T) {}

func byVal(t T) {}

func main() {
	t := T{}
	byPtr(t)
	byVal(&t)
}
