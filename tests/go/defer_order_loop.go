// Deferred calls run last-in first-out; arguments are evaluated at defer time.
package main

func loop() {
	for i := 0; i < 4; i++ {
		defer println("deferred", i)
	}
	println("loop body done")
}

func args() {
	x := 1
	defer println("arg x =", x)
	defer func() { println("closure x =", x) }()
	x = 2
}

func main() {
	loop()
	args()
	for i := range 3 {
		defer func() { print(i, " ") }()
	}
	defer println()
	println("main end")
}
