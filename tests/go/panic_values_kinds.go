// Unrecovered panics with a float prints it in print's format with the type.
package main

type Temp float64

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(int))
		panic(Temp(-1.5))
	}()
	panic(42)
}
