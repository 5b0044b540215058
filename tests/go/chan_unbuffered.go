// Ping-pong over unbuffered channels: every send hands its value
// directly to the waiting receiver.
package main

func player(name string, in chan int, out chan int, rounds int) {
	for i := 0; i < rounds; i++ {
		v := <-in
		println(name, v)
		out <- v + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go player("ping", ping, pong, 4)
	for i := 0; i < 4; i++ {
		ping <- i * 10
		v := <-pong
		println("main got", v)
	}
}
