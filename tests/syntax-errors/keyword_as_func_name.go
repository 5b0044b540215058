package main

func type() {}

func main() {}
