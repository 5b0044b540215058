// A deferred function panicking again replaces the first panic; recover sees the latest.
package main

func f() {
	defer func() {
		r := recover()
		println("recovered:", r.(string))
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func g() (msg string) {
	defer func() {
		msg = recover().(string)
	}()
	defer func() {
		r := recover()
		panic("re-" + r.(string))
	}()
	panic("original")
}

func main() {
	f()
	println(g())
}
