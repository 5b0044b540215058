// Deferred closures can read and modify named results after return sets them.
package main

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func trace() (s string, n int) {
	defer func() {
		s += "!"
		n++
	}()
	s, n = "set", 1
	return s + "?", n * 10
}

func recovered() (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered: " + r.(string)
		}
	}()
	panic("boom")
}

func order() (x int) {
	defer func() { x = x*10 + 1 }()
	defer func() { x = x*10 + 2 }()
	return 3
}

func main() {
	println(double())
	println(trace())
	println(recovered())
	println(order())
}
