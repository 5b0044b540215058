// Dereferencing a nil pointer: Go's message with the signal line (the
// faulting address is the field's offset), the traceback, exit status 2.
package main

type node struct {
	val  int
	next *node
}

//go:noinline
func second(n *node) int {
	return n.next.val
}

func main() {
	n := &node{val: 1}
	println(second(&node{next: n}))
	println(second(n))
}
