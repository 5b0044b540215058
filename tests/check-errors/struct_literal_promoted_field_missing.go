package main

type Base struct {
	ID int
}

type User struct {
	Base
	Name string
}

func main() {
	_ = User{ID: 1, Name: "a"}
	_ = User{Id: 2}
	_ = User{Base: Base{}, ID: 3}
}
