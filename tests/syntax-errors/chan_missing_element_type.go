package main

func consume(c chan) {}

func main() {}
