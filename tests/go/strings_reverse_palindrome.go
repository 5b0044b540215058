// Reversing strings by bytes and by runes; palindromes.
package main

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var letters []rune
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			letters = append(letters, c)
		}
	}
	for i := 0; i < len(letters)/2; i++ {
		if letters[i] != letters[len(letters)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	println(reverseBytes("hello"), reverseRunes("héllo, 世界"))
	println(len(reverseBytes("é")), reverseRunes(""))
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "", "No lemon, no melon"} {
		println(isPalindrome(s))
	}
}
