package main

func main() {
	s := "hello
world"
	_ = s
}
