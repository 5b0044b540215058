package main

func main() {
	var t Thing
	doSomething(t)
}
