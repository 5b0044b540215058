// A large map: 300000 entries take the map through many table doublings
// and splits (a table splits past 1024 slots); lookups, deletes of half
// the keys, and a sum over range stay consistent.
package main

func main() {
	const n = 300000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	println(len(m))
	missing := 0
	for i := 0; i < n; i++ {
		if v, ok := m[i*7]; !ok || v != i {
			missing++
		}
	}
	println("missing", missing)
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	println(len(m))
	sum, count := 0, 0
	for k, v := range m {
		if k != v*7 {
			println("bad", k, v)
		}
		sum += v
		count++
	}
	println(count, sum)
	for i := 0; i < n; i += 2 {
		m[i*7] = -1
	}
	neg := 0
	for _, v := range m {
		if v < 0 {
			neg++
		}
	}
	println(len(m), neg)

	hinted := make(map[string]int, 100000)
	for i := 0; i < 100000; i++ {
		hinted[string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676%26))] += i
	}
	println(len(hinted), hinted["aaa"], hinted["zzz"])
}
