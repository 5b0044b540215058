package main

func main() {}

var s = `this raw string
never ends
