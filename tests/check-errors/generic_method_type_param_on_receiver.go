package main

type Box[T any] struct{ v T }

func (b Box) Get() int { return 0 }

func main() {}
