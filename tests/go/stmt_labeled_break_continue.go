// Labeled break and continue across nested loops, switch inside loops.
package main

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	n := 0
loop:
	for {
		switch {
		case n > 5:
			break loop
		case n%2 == 0:
			n += 3
			continue loop
		}
		n++
	}
	println(n)
	xs := []int{1, 2, 3, 4, 5, 6}
rows:
	for _, x := range xs {
		switch x % 3 {
		case 0:
			continue rows
		case 1:
			if x > 4 {
				break rows
			}
		}
		print(x, " ")
	}
	println()
}
