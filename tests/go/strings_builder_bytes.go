// Building strings through byte slices with append and conversion.
package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		b = append(b, byte('0'+n%10))
		n /= 10
	}
	if neg {
		b = append(b, '-')
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	var buf []byte
	for i := -3; i <= 3; i++ {
		buf = append(buf, itoa(i*111)...)
		buf = append(buf, ' ')
	}
	println(string(buf))
	out := make([]byte, 0, 16)
	out = append(out, "key="...)
	out = append(out, "value"...)
	out = append(out, '\n')
	print(string(out))
	s := string(append([]byte("abc"), "def"...))
	println(s, len(s))
}
