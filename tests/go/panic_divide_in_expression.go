// Division by zero in the middle of a larger expression.
package main

//go:noinline
func avg(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s / len(xs)
}

func main() {
	println(avg([]int{1, 2, 3}))
	println(avg(nil))
}
