// goto forward and backward, loops built from goto.
package main

func main() {
	i := 0
again:
	if i < 5 {
		print(i, " ")
		i++
		goto again
	}
	println()
	n := 27
	steps := 0
top:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto top
done:
	println("steps", steps)
	for j := 0; j < 3; j++ {
		if j == 1 {
			goto skip
		}
		println("j", j)
	skip:
	}
}
