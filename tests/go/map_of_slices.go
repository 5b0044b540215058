// Maps of slices: append through m[k] (read, append, write back), group
// numbers by remainder, and slices of maps.
package main

func main() {
	groups := map[int][]int{}
	for i := 0; i < 30; i++ {
		r := i % 4
		groups[r] = append(groups[r], i)
	}
	for r := 0; r < 5; r++ {
		s := groups[r]
		print(r, " len=", len(s), ":")
		for _, x := range s {
			print(" ", x)
		}
		println()
	}
	println(groups[9] == nil, len(groups))

	byLen := make(map[int][]string)
	for _, w := range []string{"go", "map", "swiss", "table", "hash", "seed", "a", "probe"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	for n := 1; n <= 5; n++ {
		print(n, ":")
		for _, w := range byLen[n] {
			print(" ", w)
		}
		println()
	}

	ms := make([]map[string]int, 3)
	for i := range ms {
		ms[i] = map[string]int{"i": i, "sq": i * i}
	}
	for _, m := range ms {
		println(m["i"], m["sq"], len(m))
	}
	var total int
	for _, m := range ms {
		for _, v := range m {
			total += v
		}
	}
	println(total)
}
