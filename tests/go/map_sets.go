// Sets as maps: map[int]bool and map[int]struct{}, union, intersection,
// difference; results printed sorted.
package main

func sorted(set map[int]struct{}) []int {
	var out []int
	for k := range set {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func show(name string, set map[int]struct{}) {
	print(name, ":")
	for _, k := range sorted(set) {
		print(" ", k)
	}
	println(" (", len(set), ")")
}

func of(xs ...int) map[int]struct{} {
	s := make(map[int]struct{}, len(xs))
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func main() {
	a := of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 2, 4)
	b := of(5, 6, 7, 8, 9, 10, 11, 12, 13)
	union := map[int]struct{}{}
	for k := range a {
		union[k] = struct{}{}
	}
	for k := range b {
		union[k] = struct{}{}
	}
	inter := map[int]struct{}{}
	for k := range a {
		if _, ok := b[k]; ok {
			inter[k] = struct{}{}
		}
	}
	diff := map[int]struct{}{}
	for k := range a {
		diff[k] = struct{}{}
	}
	for k := range b {
		delete(diff, k)
	}
	show("a", a)
	show("b", b)
	show("union", union)
	show("inter", inter)
	show("a-b", diff)

	seen := map[int]bool{}
	dups := 0
	for i := 0; i < 1000; i++ {
		x := i * 7 % 97
		if seen[x] {
			dups++
		}
		seen[x] = true
	}
	println("distinct", len(seen), "dups", dups)
}
