package main

func main() {
	ch := make(chan int)
	for i, v := range ch {
		_, _ = i, v
	}
	for i, v := range 10 {
		_, _ = i, v
	}
}
