// len of a nil pointer to an array is its length; ranging over it with
// one variable does not dereference it, but reading an element does.
package main

//go:noinline
func get() *[4]int { return nil }

func main() {
	p := get()
	println(len(p), cap(p), len(get()))
	n := 0
	for i := range p {
		n += i
	}
	println(n)
	for _, v := range p {
		println(v)
	}
}
