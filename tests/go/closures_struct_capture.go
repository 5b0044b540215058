// Closures capturing structs, arrays and slices by reference.
package main

type acc struct {
	sum   int
	items [3]int
}

func main() {
	var a acc
	add := func(i, v int) {
		a.sum += v
		a.items[i] = v
	}
	add(0, 5)
	add(2, 7)
	println(a.sum, a.items[0], a.items[1], a.items[2])
	b := a
	add(1, 1)
	println(a.sum, b.sum)
	s := []int{1, 2}
	grow := func() { s = append(s, len(s)+1) }
	grow()
	grow()
	println(len(s), s[3])
	str := "x"
	app := func(t string) func() {
		return func() { str += t }
	}
	app("y")()
	app("z")()
	println(str)
}
