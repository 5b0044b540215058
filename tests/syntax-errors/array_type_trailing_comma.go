package main

type A [4,]int

func main() {}
