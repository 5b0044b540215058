// recover() returns the panic value with its dynamic type intact.
package main

type Custom struct{ A, B int }

func catch(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

func main() {
	v := catch(func() { panic(Custom{1, 2}) })
	c, ok := v.(Custom)
	println(ok, c.A, c.B)
	v = catch(func() { panic([]int{1, 2, 3}) })
	println(len(v.([]int)))
	v = catch(func() { panic(1.5) })
	println(v.(float64))
	v = catch(func() {})
	println(v == nil)
	p := &Custom{3, 4}
	v = catch(func() { panic(p) })
	println(v.(*Custom) == p)
	v = catch(func() { panic(error(nil)) })
	_, isNilErr := v.(interface{ RuntimeError() })
	println(v != nil, isNilErr)
}
