// Unrecovered panic values of integer types print with their type names.
package main

type Code uint16

func main() {
	defer func() {
		r := recover()
		println("first:", r.(int8))
		panic(Code(404))
	}()
	panic(int8(-3))
}
