// recover only stops a panic when called directly by a deferred function.
package main

func helper() any { return recover() }

func indirect() {
	defer func() {
		r := helper()
		println("helper recovered:", r != nil)
		r2 := recover()
		println("direct recovered:", r2.(string))
	}()
	panic("p1")
}

func notDeferred() {
	r := recover()
	println("outside panic:", r == nil)
}

func nestedDefer() {
	defer func() {
		defer func() {
			r := recover()
			println("inner deferred got:", r.(string))
		}()
		panic("p2")
	}()
}

func main() {
	indirect()
	notDeferred()
	nestedDefer()
	println("main continues")
}
