// Deleting during range: an entry deleted before the iterator reaches it
// is not produced; every other entry is produced exactly once.
package main

func fill(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m
}

func main() {
	for _, n := range []int{5, 8, 100, 5000} {
		// Delete the current entry each time: everything is visited.
		m := fill(n)
		visited, sum := 0, 0
		for k, v := range m {
			if v != k*k {
				println("bad elem", k, v)
			}
			delete(m, k)
			visited++
			sum += k
		}
		println(n, "visited", visited, "sum", sum, "left", len(m))

		// Delete every other key ahead: pairs (2i, 2i+1) lose one member
		// the first time either is reached.
		m = fill(n)
		seen := map[int]bool{}
		for k := range m {
			seen[k] = true
			delete(m, k^1)
		}
		both := 0
		for k := range seen {
			if seen[k^1] {
				both++
			}
		}
		println(n, "pairs both seen", both, "left", len(m))

		// Delete everything on the first step: the range ends.
		m = fill(n)
		steps := 0
		for range m {
			steps++
			for k := range n {
				delete(m, k)
			}
		}
		println(n, "steps", steps, "left", len(m))
	}
}
