// Channels of narrow integers, floats, bools, strings, structs, slices
// and channels: values keep their types through buffers and handoffs.
package main

type point struct {
	x, y int8
	tag  string
}

func main() {
	i8 := make(chan int8, 2)
	i8 <- -5
	i8 <- 127
	println(<-i8, <-i8)
	u16 := make(chan uint16)
	go func() { u16 <- 65535 }()
	println(<-u16)
	f32 := make(chan float32, 1)
	f32 <- 1.5
	println(<-f32)
	f := make(chan float64)
	go func() { f <- 0.1 }()
	println(<-f)
	b := make(chan bool, 1)
	b <- true
	println(<-b)
	s := make(chan string)
	go func() { s <- "hello" }()
	println(<-s)
	p := make(chan point, 1)
	p <- point{-1, 2, "pt"}
	q := <-p
	println(q.x, q.y, q.tag)
	sl := make(chan []int, 1)
	sl <- []int{1, 2, 3}
	v := <-sl
	println(len(v), v[2])
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 42
	println(<-inner)
	c64 := make(chan complex64, 1)
	c64 <- complex(1, -2)
	println(<-c64)
	e := make(chan struct{})
	go func() { e <- struct{}{} }()
	<-e
	println("empty struct")
	var nc chan int
	println(nc)
	println(nc == nil, cc != nil)
}
