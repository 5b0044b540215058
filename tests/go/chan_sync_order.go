// Unbuffered handoffs between three goroutines: who runs next after
// each send and receive follows runnext exactly.
package main

func stage(name string, in chan int, out chan int) {
	for v := range in {
		println(name, "got", v)
		out <- v + 1
		println(name, "passed", v+1)
	}
	close(out)
}

func main() {
	a := make(chan int)
	b := make(chan int)
	c := make(chan int)
	go stage("one", a, b)
	go stage("two", b, c)
	go func() {
		for i := 0; i < 3; i++ {
			println("main sends", i*10)
			a <- i * 10
		}
		close(a)
	}()
	for v := range c {
		println("main got", v)
	}
	println("end")
}
