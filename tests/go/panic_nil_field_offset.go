// A nil struct pointer's field at a large offset: the fault address is the offset.
package main

type Big struct {
	pad [100]int64
	x   int32
}

//go:noinline
func get(b *Big) int32 { return b.x }

func main() {
	var b Big
	b.x = 7
	println(get(&b))
	println(get(nil))
}
