// Goroutines whose stacks grow (deep recursion) while others wait on
// channels into their frames.
package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1) + 1 + pad[n%8] - n
}

func worker(id int, in chan int, out chan [3]int) {
	n := <-in
	out <- [3]int{id, n, depth(n)}
}

func main() {
	in := make(chan int)
	out := make(chan [3]int)
	for i := 0; i < 4; i++ {
		go worker(i, in, out)
	}
	for i := 0; i < 4; i++ {
		in <- 1000 * (i + 1)
	}
	for i := 0; i < 4; i++ {
		r := <-out
		println(r[0], r[1], r[2])
	}
}
