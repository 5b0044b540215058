package main

type P *int

func (p P) M() {}

func (i int) Double() int { return i * 2 }

type I interface{ M() }

func (i I) N() {}

func main() {}
