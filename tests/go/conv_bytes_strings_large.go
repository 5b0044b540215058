// Conversions between strings and byte slices of many sizes.
package main

func main() {
	for _, n := range []int{0, 1, 31, 32, 33, 1000, 40000} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('a' + i%26)
		}
		s := string(b)
		b2 := []byte(s)
		ok := len(s) == n && len(b2) == n
		for i := range b2 {
			if b2[i] != b[i] {
				ok = false
			}
		}
		if n > 0 {
			println(n, ok, s[n-1], cap(b2) >= n)
		} else {
			println(n, ok)
		}
	}
}
