// Channel forms: struct fields, directional parameters, variadic and
// promoted-method go statements, package-level channels, labeled break
// out of a select, one-case selects, arrays of channels, channels of
// funcs, range-over-int goroutines.
package main

type box struct {
	ch   chan int
	name string
}

type inner struct{ id int }

func (in *inner) run(out chan<- string) {
	out <- "inner run"
}

type outer struct {
	inner
	tag string
}

var global = make(chan string, 2)

func sum(out chan<- int, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	out <- t
}

func drain(in <-chan int) int {
	n := 0
	for v := range in {
		n += v
	}
	return n
}

func main() {
	b := box{ch: make(chan int, 3), name: "b"}
	b.ch <- 1
	b.ch <- 2
	println(len(b.ch), cap(b.ch), <-b.ch)
	out := make(chan int)
	go sum(out, 1, 2, 3, 4)
	println(<-out)
	o := &outer{inner{7}, "t"}
	s := make(chan string)
	go o.run(s)
	println(<-s)
	global <- "g1"
	println(<-global)
	c := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			c <- i
		}
		close(c)
	}()
loop:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break loop
			}
			if v == 3 {
				println("three")
				break
			}
			println("v", v)
		}
	}
	d := make(chan int, 5)
	for i := 0; i < 5; i++ {
		d <- i
	}
	close(d)
	println(drain(d))
	var arr [3]chan int
	for i := range arr {
		arr[i] = make(chan int, 1)
		arr[i] <- i * 100
	}
	for i := range 3 {
		select {
		case v := <-arr[i]:
			println("arr", v)
		default:
		}
	}
	m := make(chan string, 1)
	var got string
	var ok bool
	select {
	case m <- "x":
	}
	select {
	case got, ok = <-m:
	}
	println(got, ok)
	fs := make(chan func() int, 1)
	fs <- func() int { return 42 }
	println((<-fs)())
	res := make(chan int)
	for i := range 3 {
		go func() { res <- i * i }()
	}
	println(<-res, <-res, <-res)
}
