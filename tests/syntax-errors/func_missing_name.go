package main

func (int) {}

func main() {}
