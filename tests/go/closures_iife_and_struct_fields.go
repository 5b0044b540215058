// Immediately-invoked function literals and closures stored in struct fields.
package main

type Machine struct {
	state int
	step  func(m *Machine) bool
}

func main() {
	v := func(a, b int) int { return a*10 + b }(4, 2)
	println(v)
	x := 0
	func() {
		x++
		func() { x *= 10 }()
	}()
	println(x)
	m := &Machine{step: func(m *Machine) bool {
		m.state++
		return m.state < 5
	}}
	for m.step(m) {
	}
	println(m.state)
	ops := map2([]int{1, 2, 3}, func(i int) int { return i * i })
	println(ops[0], ops[1], ops[2])
}

func map2(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}
