// Appending to subslices that share a backing array overwrites the original.
package main

func show(name string, s []int) {
	print(name, " len=", len(s), " cap=", cap(s), " [")
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println("]")
}

func main() {
	base := []int{0, 1, 2, 3, 4, 5}
	a := base[1:3]
	show("a", a)
	a = append(a, 100)
	show("base", base)
	b := base[:2:2]
	b = append(b, 200)
	show("base", base)
	show("b", b)
	c := base[4:]
	c = append(c, 6)
	c[0] = -1
	show("base", base)
	show("c", c)
	x := make([]int, 3, 10)
	y := append(x, 1)
	z := append(x, 2)
	show("y", y)
	show("z", z)
}
