// Asserting on a nil interface.
package main

type I interface{ M() }

func main() {
	var i I
	var e any = i
	println(e == nil)
	_ = e.(int)
}
