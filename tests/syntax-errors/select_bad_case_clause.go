package main

func main() {
	c := make(chan int)
	select {
	v := <-c:
		println(v)
	}
}
