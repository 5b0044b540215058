// Comparing interfaces: dynamic types and values must both match.
package main

type A int
type B int

type K struct {
	x int
	s string
}

func main() {
	var x, y any
	println(x == y)
	x, y = 1, 1
	println(x == y)
	x, y = A(1), B(1)
	println(x == y)
	x, y = A(1), A(1)
	println(x == y)
	x, y = "ab", "a"+"b"
	println(x == y)
	x, y = K{1, "s"}, K{1, "s"}
	println(x == y)
	x = int64(1)
	println(x == 1, x == int64(1))
	p := new(int)
	x, y = p, p
	println(x == y, x == any(new(int)))
	zero := 0.0
	x = zero / zero
	println(x == x)
	x = [2]int{1, 2}
	println(x == [2]int{1, 2}, x != [2]int{1, 3})
	var e error
	var ae any = e
	println(ae == nil)
	x = nil
	println(x == nil, x != 1)
}
