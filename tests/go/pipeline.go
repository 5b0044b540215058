// A three-stage pipeline: generator, squarer, printer, each stage
// closing its output when its input is done.
package main

func gen(n int) chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func sq(in chan int) chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range sq(sq(gen(5))) {
		println(v)
	}
}
