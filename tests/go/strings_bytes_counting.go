// Counting bytes, runes, letters and words in strings.
package main

func stats(s string) (bytes, runes, letters, words int) {
	bytes = len(s)
	inWord := false
	for _, r := range s {
		runes++
		isLetter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127
		if isLetter {
			letters++
		}
		if r == ' ' || r == '\n' || r == '\t' {
			inWord = false
		} else if !inWord {
			inWord = true
			words++
		}
	}
	return
}

func main() {
	for _, s := range []string{"", "hello world", "  spaced   out  ", "naïve café 世界", "a\tb\nc"} {
		println(stats(s))
	}
	var freq [26]int
	for _, c := range "the quick brown fox jumps over the lazy dog" {
		if c >= 'a' && c <= 'z' {
			freq[c-'a']++
		}
	}
	for i, f := range freq {
		if f > 1 {
			print(string(rune('a'+i)), f, " ")
		}
	}
	println()
}
