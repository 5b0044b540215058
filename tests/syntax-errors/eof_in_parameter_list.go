package main

func main() {}

func f(a int,
