// Closures as generators and iterators over state.
package main

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func chars(s string) func() (rune, bool) {
	i := 0
	rs := []rune(s)
	return func() (rune, bool) {
		if i >= len(rs) {
			return 0, false
		}
		i++
		return rs[i-1], true
	}
}

func each(n int, yield func(int) bool) {
	for i := 0; i < n; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	f := fib()
	for i := 0; i < 15; i++ {
		print(f(), " ")
	}
	println()
	next := chars("añb")
	for r, ok := next(); ok; r, ok = next() {
		print(r, " ")
	}
	println()
	sum := 0
	each(100, func(i int) bool {
		sum += i
		return i < 10
	})
	println(sum)
}
