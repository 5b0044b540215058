// if/else chains, three-clause and condition-only loops, range over int,
// switch with and without tag, fallthrough, labeled break and continue.
package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	}
	return "odd"
}

func weekday(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	default:
		return "invalid"
	}
}

func main() {
	for i := -1; i < 4; i++ {
		println(i, classify(i))
	}
	n := 0
	for n < 5 {
		n += 2
	}
	println("n", n)
	for i := range 3 {
		println("range", i)
	}
	for range 2 {
		println("again")
	}
	total := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			total += j
		}
	}
	println("total", total)
	for d := 0; d < 8; d++ {
		print(weekday(d), " ")
	}
	println()
	switch x := 5; {
	case x > 3:
		println("x > 3")
		fallthrough
	case x > 10:
		println("fell into x > 10")
	case x > 0:
		println("not reached")
	}
	k := 0
	for {
		k++
		if k == 3 {
			break
		}
	}
	println("k", k)
	a, b := true, false
	if a && !b || b {
		println("logic ok")
	}
	println(a && b, a || b, !a)
}
