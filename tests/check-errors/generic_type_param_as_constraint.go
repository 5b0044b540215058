package main

func F[T any, U T]() {}

func main() {}
