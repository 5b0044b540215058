// Writing to a nil map panics with Go's plain message (no "runtime
// error:" prefix) and a traceback through the caller.
package main

type registry struct {
	byName map[string]int
}

//go:noinline
func (r *registry) add(name string, v int) {
	r.byName[name] = v
}

func main() {
	r := &registry{}
	println(len(r.byName), r.byName["x"])
	r.add("x", 1)
	println("unreachable")
}
