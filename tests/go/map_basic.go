// Map basics: make, assignment, lookups of present and missing keys,
// comma-ok, len, delete, op= and ++ on elements, nil maps that read as
// empty.
package main

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	println(len(m), m["one"], m["two"], m["three"], m["four"])
	m["two"] += 20
	m["three"]++
	m["four"]--
	println(len(m), m["two"], m["three"], m["four"])
	v, ok := m["one"]
	println(v, ok)
	v, ok = m["five"]
	println(v, ok)
	if _, ok := m["four"]; ok {
		println("four is present")
	}
	delete(m, "one")
	delete(m, "nothing")
	_, ok = m["one"]
	println(len(m), ok)
	m["one"] = 100
	println(m["one"], len(m))

	var nilmap map[string]int
	println(len(nilmap), nilmap["x"], nilmap == nil)
	_, ok = nilmap["x"]
	println(ok)
	delete(nilmap, "x")
	for k, v := range nilmap {
		println("never", k, v)
	}
	println(nilmap == nil, m != nil)

	counts := map[bool]int{}
	for i := 0; i < 10; i++ {
		counts[i%3 == 0]++
	}
	println(counts[true], counts[false])
}
