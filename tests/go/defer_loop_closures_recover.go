// Deferred functions run even when a panic unwinds several frames.
package main

func level(n int) {
	defer println("leaving level", n)
	if n == 3 {
		panic("deep")
	}
	level(n + 1)
}

func main() {
	defer func() {
		println("recovered in main:", recover().(string))
	}()
	level(0)
	println("not reached")
}
