// Boolean values: comparison, assignment from conditions, ==/!= as xnor/xor.
package main

func main() {
	t, f := true, false
	println(t == f, t != f, t == !f, f == f)
	bs := []bool{true, false}
	for _, a := range bs {
		for _, b := range bs {
			print(a && b, " ", a || b, " ", a != b, " ", a == b, "; ")
		}
		println()
	}
	x := 5
	big := x > 3
	even := x%2 == 0
	println(big, even, big && !even)
	var flags [4]bool
	for i := range flags {
		flags[i] = i%2 == 1
	}
	println(flags[0], flags[1], flags[2], flags[3])
	count := 0
	for _, fl := range flags {
		if fl {
			count++
		}
	}
	println(count)
}
