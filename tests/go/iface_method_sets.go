// Method sets: pointer receivers satisfy interfaces only through pointers;
// embedded pointers promote both.
package main

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d *Dog) Speak() string { return d.name + " woofs" }

type Cat struct{ name string }

func (c Cat) Speak() string { return c.name + " meows" }

type Pet struct{ *Dog }
type Pet2 struct{ Cat }

func main() {
	var s Speaker = &Dog{"rex"}
	println(s.Speak())
	s = Cat{"tom"}
	println(s.Speak())
	s = &Cat{"ptr tom"}
	println(s.Speak())
	s = Pet{&Dog{"embedded"}}
	println(s.Speak())
	s = Pet2{Cat{"embedded cat"}}
	println(s.Speak())
	s = &Pet2{Cat{"ptr pet2"}}
	println(s.Speak())
	speakers := []Speaker{&Dog{"a"}, Cat{"b"}}
	for _, sp := range speakers {
		println(sp.Speak())
	}
}
