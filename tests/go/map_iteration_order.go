// Iteration order is random per range but follows Go's rules: a small
// map (one group) iterates as a rotation of its slot order, so of the 6
// orders of 3 keys only 3 occur; a deleted slot is reused by the next
// insert; a larger map can start anywhere. Only facts that hold with
// overwhelming probability are printed.
package main

func order(m map[string]int) string {
	s := ""
	for k := range m {
		s += k
	}
	return s
}

type counter map[string]int

func (c counter) add(k string) { c[k]++ }

func main() {
	m := map[string]int{}
	m["a"] = 1
	m["b"] = 2
	m["c"] = 3
	seen := counter{}
	for i := 0; i < 2000; i++ {
		seen.add(order(m))
	}
	println(len(seen), seen["abc"] > seen["bca"], seen["acb"], seen["bac"], seen["cba"])
	println(seen["abc"]+seen["bca"]+seen["cab"] == 2000)

	delete(m, "b")
	m["d"] = 4
	after := counter{}
	for i := 0; i < 2000; i++ {
		after.add(order(m))
	}
	println(len(after), after["adc"] > 0, after["dca"] > 0, after["cad"] > 0, after["acd"])

	big := map[int]bool{}
	for i := 0; i < 100; i++ {
		big[i] = true
	}
	first := map[int]bool{}
	for i := 0; i < 20000; i++ {
		for k := range big {
			first[k] = true
			break
		}
	}
	println(len(first))

	var nilmap map[string]int
	println(nilmap)
}
