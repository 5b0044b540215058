package main

func worker(id int, ch chan int, done chan bool) {
	defer func() {
		if r := recover(); r != nil {
			println("worker", id, "recovered:", r.(error).Error())
		}
		done <- true
	}()
	for v := range ch {
		if v == 3 {
			close(ch)
		}
		println("worker", id, "got", v)
	}
}

type S interface{ Name() string }
type A struct{}

func (A) Name() string { return "A" }

func main() {
	ch := make(chan int, 4)
	done := make(chan bool)
	go worker(1, ch, done)
	for i := 1; i <= 3; i++ {
		ch <- i
	}
	<-done
	var c chan S = make(chan S, 1)
	c <- A{}
	println((<-c).Name())
	func() {
		defer func() { println("recovered main:", recover().(error).Error()) }()
		close(ch)
	}()
	go func() {
		var m []int
		_ = m[2]
	}()
	select {}
}
