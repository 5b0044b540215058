package main

func F[int]() {}

func main() {}
