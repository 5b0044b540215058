package main

func main() {}

/* this comment never ends

func f() {}
