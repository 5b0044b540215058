package main

type Speaker interface{ Speak() string }

type Dog struct{}

func (d *Dog) Speak() string { return "woof" }

func main() {
	var s Speaker = &Dog{}
	_ = s.(Dog)
	_ = s.(int)
}
