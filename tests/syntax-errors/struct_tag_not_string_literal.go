package main

type T struct {
	Name string json
}

func main() {}
