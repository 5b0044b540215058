// Nested blocks, shadowing and := redeclaration with at least one new variable.
package main

var x = "global"

func main() {
	println(x)
	x := 1
	{
		x := 2.5
		{
			x := "inner"
			println(x)
		}
		println(x)
	}
	println(x)
	a, b := 1, 2
	b, c := 3, 4
	println(a, b, c)
	if true {
		a := a * 10
		println(a)
	}
	println(a)
	for x := 0; x < 1; x++ {
		x := x + 100
		println(x)
	}
	func() {
		println(x)
		x = 42
	}()
	println(x)
}
