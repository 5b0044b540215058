package main

type T = []T

type I interface{ I }

func main() {}
