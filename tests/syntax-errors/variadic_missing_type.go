package main

func f(xs ...) {}

func main() {}
