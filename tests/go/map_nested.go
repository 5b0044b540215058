// Nested maps: map[string]map[string]int built lazily, read through two
// lookups (missing inner maps read as nil maps), printed sorted.
package main

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func keys(m map[string]int) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sortStrings(out)
	return out
}

type edge struct{ from, to string }

func main() {
	edges := []edge{
		{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}, {"a", "b"},
		{"d", "a"}, {"b", "d"}, {"c", "d"}, {"a", "c"}, {"a", "b"},
	}
	g := map[string]map[string]int{}
	for _, e := range edges {
		inner, ok := g[e.from]
		if !ok {
			inner = map[string]int{}
			g[e.from] = inner
		}
		inner[e.to]++
	}
	var froms []string
	for f := range g {
		froms = append(froms, f)
	}
	sortStrings(froms)
	for _, f := range froms {
		print(f, " ->")
		for _, t := range keys(g[f]) {
			print(" ", t, "x", g[f][t])
		}
		println()
	}
	println(g["a"]["b"], g["zz"]["b"], len(g["zz"]), g["zz"] == nil)
	g["a"]["b"] += 10
	println(g["a"]["b"])
	delete(g["a"], "b")
	println(len(g["a"]), len(g))

	lit := map[string]map[int]string{
		"en": {1: "one", 2: "two"},
		"fr": {1: "un", 2: "deux", 3: "trois"},
	}
	println(lit["en"][2], lit["fr"][3], len(lit["fr"]), lit["de"][1] == "")
}
