package main

func get() int { return 1 }

func main() {
	m := map[string]struct{ n int }{}
	m["a"].n = 1
	get() = 2
	"s"[0] = 'x'
}
