// A failed type assertion to a concrete type.
package main

type A struct{}
type B struct{}

func main() {
	var x any = A{}
	_, ok := x.(B)
	println(ok)
	println(x.(B) == B{})
}
