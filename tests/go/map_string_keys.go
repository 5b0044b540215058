// String keys compare by content: keys built at run time (concatenation,
// conversion from bytes, substrings) find entries stored with constants.
package main

func main() {
	m := map[string]int{"hello": 1, "world": 2, "": 3}
	h := "hel"
	println(m[h+"lo"], m[string([]byte{'w', 'o', 'r', 'l', 'd'})], m[""], m["x"[:0]])
	long := "the quick brown fox jumps over the lazy dog"
	for i := 0; i+3 <= len(long); i++ {
		m[long[i:i+3]]++
	}
	println(len(m), m["the"], m[" th"], m["dog"])
	var keys []string
	for k, v := range m {
		if v > 1 {
			keys = append(keys, k)
		}
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		println("[" + k + "]", m[k])
	}
	u := map[string]string{"日本": "japan", "ü": "u-umlaut"}
	println(u["日本"], u["ü"], len(u))
}
