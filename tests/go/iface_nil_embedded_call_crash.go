// Calling a method promoted from a nil embedded interface crashes with a nil dereference.
package main

type Speaker interface{ Speak() string }

type Robot struct {
	Speaker
	id int
}

//go:noinline
func talk(r *Robot) string { return r.Speak() }

type Beep struct{}

func (Beep) Speak() string { return "beep" }

func main() {
	println(talk(&Robot{Beep{}, 1}))
	println(talk(&Robot{id: 2}))
}
