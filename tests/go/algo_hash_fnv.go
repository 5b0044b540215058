// FNV-1a hashing with uint32 and uint64 wrap-around multiplication.
package main

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv64(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func main() {
	for _, s := range []string{"", "a", "hello", "The quick brown fox"} {
		println(s, fnv32(s), fnv64([]byte(s)))
	}
	var buckets [8]int
	for i := 0; i < 1000; i++ {
		k := string(rune('a'+i%26)) + string(rune('A'+i%7))
		buckets[fnv32(k)%8]++
	}
	for _, b := range buckets {
		print(b, " ")
	}
	println()
}
