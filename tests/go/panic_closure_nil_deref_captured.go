// A nil dereference of a captured pointer inside a recursive closure.
package main

type Cfg struct{ depth int }

func main() {
	var cfg *Cfg
	var walk func(n int) int
	walk = func(n int) int {
		if n == 0 {
			return cfg.depth
		}
		return walk(n - 1)
	}
	cfg = &Cfg{3}
	println(walk(2))
	cfg = nil
	println(walk(2))
}
