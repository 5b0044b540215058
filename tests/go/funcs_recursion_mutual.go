// Deep and mutual recursion: Ackermann, Hofstadter sequences, stack growth.
package main

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func F(n int) int {
	if n == 0 {
		return 1
	}
	return n - M(F(n-1))
}

func M(n int) int {
	if n == 0 {
		return 0
	}
	return n - F(M(n-1))
}

func depth(n int, pad [8]int) int {
	if n == 0 {
		return pad[0]
	}
	pad[0]++
	return depth(n-1, pad)
}

func main() {
	println(ack(2, 3), ack(3, 3))
	for i := 0; i < 12; i++ {
		print(F(i), M(i), " ")
	}
	println()
	println(depth(3000, [8]int{}))
}
