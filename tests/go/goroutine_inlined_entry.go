package main

func worker(c chan int) { c <- 1 }

func big(c chan int) {
	for i := 0; i < 3; i++ {
		println(i)
	}
	c <- 2
	for {
		select {}
	}
}

func main() {
	c := make(chan int)
	go worker(c)
	go big(c)
	select {}
}
