// Predeclared identifiers (true, len, int, nil's neighbours) can be shadowed.
package main

func main() {
	len := func(s string) int { return 42 }
	println(len("abc"))
	{
		true := false
		println(true, !true)
	}
	type int = string
	var x int = "now a string"
	println(x)
	cap := 3
	println(cap * 2)
	{
		print := "shadowed print"
		println(print)
	}
	iota := 7
	println(iota)
}
