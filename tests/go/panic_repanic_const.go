// Panicking again with an equal string constant is a re-panic: gc boxes
// a constant into a read-only static shared by equal constants, so the
// two interface values are identical and the repeat is printed once.
package main

const msg = "again"

func main() {
	defer func() { panic("last") }()
	defer func() { panic(msg) }()
	defer func() { panic("again") }()
	defer func() { panic("first") }()
	panic("first")
}
