package main

func F[T any, []int]() {}

func main() {}
