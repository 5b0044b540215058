// Variadic functions: no arguments, several, a spread slice that aliases.
package main

func count(prefix string, xs ...int) int {
	print(prefix, len(xs), " ", xs == nil, " ")
	s := 0
	for _, x := range xs {
		s += x
	}
	println(s)
	return len(xs)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func strs(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	count("none ")
	count("three ", 1, 2, 3)
	s := []int{5, 6}
	count("spread ", s...)
	mutate(s...)
	println(s[0])
	mutate(7, 8)
	var empty []int
	count("nil spread ", empty...)
	println(strs("-", "a", "b", "c"), strs("+"))
	parts := []string{"x", "y"}
	println(strs(", ", parts...))
}
