// select with a default case: the default runs only when no case is
// ready.
package main

func try(c chan int) {
	select {
	case v := <-c:
		println("received", v)
	default:
		println("nothing ready")
	}
}

func main() {
	c := make(chan int, 1)
	try(c)
	c <- 5
	try(c)
	select {
	case c <- 1:
		println("sent 1")
	default:
		println("full")
	}
	select {
	case c <- 2:
		println("sent 2")
	default:
		println("full")
	}
	var nilc chan int
	select {
	case nilc <- 1:
		println("impossible")
	case <-nilc:
		println("impossible")
	default:
		println("nil channels never ready")
	}
	close(c)
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-c:
			println(v, ok)
		default:
			println("default")
		}
	}
}
