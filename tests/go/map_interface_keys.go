// Interface keys: values of different dynamic types are different keys,
// equal values of one type are one key; a key holding a slice cannot be
// hashed and panics.
package main

type id struct{ a, b int }

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[id{1, 2}] = "id"
	m[nil] = "nil"
	m[true] = "true"
	println(len(m), m[1], m[int64(1)], m["1"], m[1.0], m[id{1, 2}], m[nil], m[true])
	m[0+1] = "int one"
	println(len(m), m[1])
	_, ok := m[id{2, 1}]
	println(ok)
	delete(m, nil)
	println(len(m))

	var e error
	em := map[error]int{e: 1}
	println(len(em), em[nil])

	var bad any = []int{1}
	m[bad] = "boom"
	println("unreachable")
}
