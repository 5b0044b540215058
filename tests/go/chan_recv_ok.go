// Two-value receives: ok is true for values sent, false once the channel
// is closed and drained (the value is then the zero value).
package main

type pair struct {
	a int
	b string
}

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	v, ok := <-c
	println(v, ok)
	v, ok = <-c
	println(v, ok)
	v, ok = <-c
	println(v, ok)
	println(<-c)
	println(len(c), cap(c))
	p := make(chan pair, 1)
	p <- pair{7, "seven"}
	close(p)
	x, ok2 := <-p
	println(x.a, x.b, ok2)
	x, ok2 = <-p
	println(x.a, x.b == "", ok2)
	u := make(chan float32)
	go func() { close(u) }()
	f, ok3 := <-u
	println(f, ok3)
	var ok4 bool
	_, ok4 = <-u
	println(ok4)
}
