package main

type C <-<-chan int

func main() {}
