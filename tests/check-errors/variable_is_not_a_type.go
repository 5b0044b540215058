package main

func main() {
	count := 3
	var x count
	_ = x
	_ = []count{}
}
