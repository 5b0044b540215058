// Modifying a map during range: updates through the range's key are
// seen by later lookups; entries added during range may or may not be
// produced, but old entries are produced exactly once.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 50; i++ {
		m[i] = i
	}
	for k, v := range m {
		m[k] = v * 10
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(len(m), sum)

	// Adding keys while iterating: the map grows (and splits) under the
	// iterator; each old key is still produced once.
	for _, n := range []int{3, 40, 3000} {
		g := map[int]bool{}
		for i := 0; i < n; i++ {
			g[i] = true
		}
		seenOld := 0
		next := 1000000
		for k := range g {
			if k < n {
				seenOld++
			}
			for j := 0; j < 4; j++ {
				g[next] = true
				next++
			}
		}
		println(n, "old seen", seenOld, "grew", len(g) > n)
	}

	// A key deleted and re-added during range.
	r := map[string]int{"a": 1, "b": 2, "c": 3}
	visits := 0
	for k := range r {
		visits++
		if k == "a" {
			delete(r, "a")
			r["a"] = 100
		}
	}
	println(len(r), r["a"], visits >= 3)
}
