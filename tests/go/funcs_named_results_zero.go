// Named results start as zero values on every call, whatever an earlier
// call left in the caller's frame.
package main

func seven() int { return 7 }

func bare() (r int) { return }

func maybe(x int) (r int, s string) {
	if x > 0 {
		r, s = x, "set"
	}
	return
}

func safe(d int) (q int) {
	defer func() { recover() }()
	q = 10 / d
	return
}

func unnamed(d int) int {
	defer func() { recover() }()
	return 10 / d
}

func main() {
	println(seven())
	println(bare())
	println(maybe(5))
	println(maybe(0))
	println(safe(2))
	println(safe(0))
	println(unnamed(5))
	println(unnamed(0))
}
