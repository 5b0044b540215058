// The arguments of `go f(x)` and `go obj.m(x)` are evaluated by the
// calling goroutine at the go statement, not when the goroutine runs.
package main

type counter struct {
	name string
	n    int
}

func (c *counter) add(k int, done chan string) {
	c.n += k
	done <- c.name
}

func (c counter) show(done chan string) {
	println(c.name, c.n)
	done <- "show"
}

func report(a int, s string, done chan string) {
	println("report", a, s)
	done <- s
}

func main() {
	done := make(chan string)
	x := 1
	s := "first"
	go report(x, s, done)
	x = 2
	s = "second"
	println(<-done)
	c := &counter{name: "c"}
	go c.add(5, done)
	println(<-done, c.n)
	go c.show(done)
	c.n = 100
	println(<-done)
	f := func(k int) { done <- "closure" }
	go f(3)
	println(<-done)
	go func(a, b int) {
		println("literal", a, b)
		done <- "lit"
	}(x, x*10)
	println(<-done)
}
