// When several cases are ready select picks one at random; the totals do
// not depend on the choices.
package main

func main() {
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- 1
		b <- 2
	}
	na, nb, sum := 0, 0, 0
	for i := 0; i < 200; i++ {
		select {
		case v := <-a:
			na++
			sum += v
		case v := <-b:
			nb++
			sum += v
		}
	}
	println(na, nb, sum, na+nb)
	x := make(chan int, 10)
	y := make(chan int, 10)
	for i := 0; i < 20; i++ {
		select {
		case x <- i:
		case y <- i:
		}
	}
	println(len(x), len(y), len(x)+len(y))
}
