package main

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered:", r.(string))
			q = -1
		}
	}()
	if b == 0 {
		panic("division by zero")
	}
	return a / b, nil
}

func order() {
	for i := 0; i < 3; i++ {
		defer println("deferred", i)
	}
	println("body done")
}

type T struct{ n int }

func (t T) show(s string) { println("show", t.n, s) }
func (t *T) inc()         { t.n++ }

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func nested() {
	defer func() {
		r := recover()
		println("outer recovered", r.(int))
	}()
	func() {
		defer println("inner defer runs")
		panic(42)
	}()
	println("not reached")
}

func main() {
	q, err := safeDiv(10, 2)
	println(q, err == nil)
	q, err = safeDiv(1, 0)
	println(q, err == nil)
	order()
	t := T{1}
	defer t.show("at exit")
	t.inc()
	defer t.inc()
	println(counter())
	nested()
	var i interface{ show(string) } = t
	defer i.show("iface")
	println(recover() == nil)
	func() {
		defer func() {
			println("recovered error:", recover().(error).Error())
		}()
		panic(&E{"bad"})
	}()
	println("end of main")
}
