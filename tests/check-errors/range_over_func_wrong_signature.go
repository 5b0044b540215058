package main

func seq(yield func(int) bool, extra int) {}

func main() {
	for x := range seq {
		_ = x
	}
}
