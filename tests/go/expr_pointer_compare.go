// Pointer equality: same variable, different variables, fields and elements.
package main

type S struct{ a, b int }

func main() {
	x, y := 1, 1
	p, q := &x, &x
	println(p == q, &x == &y, p != &y)
	s := S{}
	println(&s.a == &s.a, &s.a == &s.b)
	arr := [3]int{}
	println(&arr[0] == &arr[0], &arr[1] == &arr[2])
	sl := arr[:]
	println(&sl[1] == &arr[1])
	var np *int
	println(np == nil, p != nil)
	pp := &p
	println(*pp == q)
	n1, n2 := new(S), new(S)
	println(n1 == n2, *n1 == *n2)
}
