// Wait reasons of the select shapes gc compiles differently: a
// one-case select is the plain channel operation, a select whose
// channels are all nil still parks in selectgo ("select").
package main

func main() {
	var nilc chan int
	c := make(chan int)
	go func() {
		select {
		case <-nilc:
		}
	}()
	go func() {
		select {
		case c <- 1:
		}
	}()
	go func() {
		select {
		case v := <-nilc:
			println(v)
		case nilc <- 2:
		}
	}()
	go func() {
		for range nilc {
		}
	}()
	go func() {
		select {
		case v, ok := <-c:
			println(v, ok)
		case <-nilc:
		}
	}()
	d := make(chan int)
	<-d
}
