// A select in a loop merging two producers; a closed channel's case is
// turned off by setting it to nil.
package main

func count(c chan int, from, n int) {
	for i := 0; i < n; i++ {
		c <- from + i
	}
	close(c)
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go count(a, 100, 4)
	go count(b, 200, 3)
	total, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				println("a closed")
				a = nil
				continue
			}
			total += v
			n++
		case v, ok := <-b:
			if !ok {
				println("b closed")
				b = nil
				continue
			}
			total += v
			n++
		}
	}
	println(n, total)
}
