// Recovered runtime errors are runtime.Error values with Go's messages.
package main

type runtimeError interface {
	error
	RuntimeError()
}

func catch(f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(runtimeError); ok {
			println("runtime error:", e.Error())
			return
		}
		println("other:", r != nil)
	}()
	f()
}

func main() {
	var p *struct{ x int }
	var s []int
	var a any = "str"
	zero := 0
	catch(func() { println(p.x) })
	catch(func() { println(s[3]) })
	catch(func() { println(s[1:zero]) })
	catch(func() { println(10 / zero) })
	catch(func() { println(a.(int)) })
	catch(func() { panic("plain") })
	catch(func() { println(make([]int, zero-1)) })
	catch(func() { println(1 << (zero - 1)) })
}
