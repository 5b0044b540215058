// Goroutines started by goroutines; a panic in a nested one names its
// creator and the creator's goroutine id.
package main

//go:noinline
func leaf(xs []int, i int) {
	println("leaf", i)
	println(xs[i])
}

func main() {
	done := make(chan bool)
	inner := make(chan bool)
	go func() {
		go func() {
			println("inner")
			inner <- true
		}()
		<-inner
		go leaf([]int{1}, 3)
		done <- true
	}()
	<-done
	println("main done")
	block := make(chan bool)
	<-block
}
