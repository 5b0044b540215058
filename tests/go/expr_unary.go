// Unary +, -, ^, ! on every basic kind.
package main

func main() {
	var a int8 = -128
	println(-a, +a, ^a)
	var b uint16 = 1
	println(-b, ^b)
	var c float32 = 1.5
	println(-c, +c)
	var d float64
	println(-d)
	e := 2 + 3i
	println(-e)
	t := true
	println(!t, !!t)
	var u uint = 0
	println(-u, ^u)
	var i64 int64 = -9223372036854775808
	println(-i64)
}
