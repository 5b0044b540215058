package main

func main() {
	defer func() { panic("third") }()
	defer func() { panic("second") }()
	panic("first")
}
