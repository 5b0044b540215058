package main

type I interface{ M() }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			println(name, "->", err.Error())
		}
		if re, ok := r.(interface{ RuntimeError() }); ok {
			_ = re
			println("  is a runtime.Error")
		}
	}()
	f()
}

func main() {
	var s []int
	var m *struct{ x int }
	zero := 0
	try("index", func() { _ = s[3] })
	try("slice", func() { _ = s[1:5] })
	try("divide", func() { println(1 / zero) })
	try("nil", func() { println(m.x) })
	try("assert", func() { var x any = "s"; _ = x.(int) })
	try("assert iface", func() { var x any = 1; _ = x.(I) })
	try("shift", func() { n := -1; println(1 << n) })
	try("panic nil", func() { panic(nil) })
	try("uncomparable", func() { var a, b any = []int{}, []int{}; println(a == b) })
	try("makeslice", func() { n := -1; _ = make([]int, n) })
	try("custom", func() { panic(myErr{}) })
}

type myErr struct{}

func (myErr) Error() string { return "mine" }
