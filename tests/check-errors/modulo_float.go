package main

func main() {
	f := 7.5
	_ = f % 2
	_ = 7.5 % 2
}
