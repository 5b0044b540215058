// Closures capturing parameters, results and loop variables of range.
package main

func mk(prefix string, n int) []func() string {
	var out []func() string
	for i := 0; i < n; i++ {
		out = append(out, func() string { return prefix + string(rune('0'+i)) })
	}
	prefix = "changed-"
	return out
}

func named() (r int) {
	set := func() { r = 42 }
	set()
	return
}

func main() {
	for _, f := range mk("p", 3) {
		print(f(), " ")
	}
	println()
	println(named())
	words := []string{"a", "b", "c"}
	var fs []func() string
	for _, w := range words {
		fs = append(fs, func() string { return w + w })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var nilf func()
	println(nilf == nil)
}
