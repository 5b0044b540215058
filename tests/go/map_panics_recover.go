// Map panics are run-time errors that recover() returns as error values
// with Go's messages: a nil map write (no "runtime error:" prefix), an
// unhashable interface key, and an unhashable key looked up in an empty
// map (maps.unhashableTypeError's own wording).
package main

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name+":", e.Error())
		} else {
			println(name+": no error", r == nil)
		}
	}()
	f()
}

func main() {
	try("nil write", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("nil op=", func() {
		var m map[string]int
		m["a"] += 1
	})
	try("unhashable", func() {
		m := map[any]int{1: 1}
		m[[]int{1}] = 2
	})
	try("unhashable lookup", func() {
		m := map[any]int{1: 1}
		_ = m[map[int]int{}]
	})
	try("empty map lookup", func() {
		var m map[any]int
		_, ok := m[[]string{"x"}]
		println(ok)
	})
	try("empty map delete", func() {
		m := map[any]bool{}
		delete(m, func() {})
	})
	try("nested", func() {
		type k struct{ v any }
		m := map[k]int{}
		m[k{[]byte("x")}] = 1
	})
	try("fine", func() {
		m := map[any]int{}
		m[[2]int{1, 2}] = 3
		println(m[[2]int{1, 2}])
	})
	var m map[int]int
	m[0]++
}
