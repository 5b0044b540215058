// Word counts: split a text by hand, count with a map, print the words
// sorted (map iteration order is random, so the output sorts).
package main

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if letter && start < 0 {
			start = i
		}
		if !letter && start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox does not. A fox, a dog and THE end of the story: the dog wins.`

func main() {
	counts := map[string]int{}
	total := 0
	for _, w := range words(text) {
		counts[lower(w)]++
		total++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		println(k, counts[k])
	}
	println("distinct", len(counts), "total", total)
	best, bestN := "", 0
	for _, k := range keys {
		if counts[k] > bestN {
			best, bestN = k, counts[k]
		}
	}
	println("most frequent:", best, bestN)
}
