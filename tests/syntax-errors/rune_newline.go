package main

func main() {
	r := 'a
	_ = r
}
