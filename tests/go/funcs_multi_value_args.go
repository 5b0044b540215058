// Multi-valued calls as the whole argument list: f(g()), println(g()), variadics.
package main

func pair() (int, string) { return 4, "four" }
func triple() (a, b, c float64) { return 1.5, 2.5, 3.5 }

func show(n int, s string) string { return s + ":" + string(rune('0'+n)) }
func sum(xs ...float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

func swap(a, b int) (int, int) { return b, a }

func main() {
	println(show(pair()))
	println(sum(triple()))
	println(pair())
	println(triple())
	println(swap(swap(1, 2)))
	x, y := swap(3, 4)
	println(x, y)
	print(pair())
	println()
}

func two() (int, int) { return 1, 2 }

func rest(a, b int, more ...int) bool { return more == nil }

func init() {
	println(rest(two()))
}
