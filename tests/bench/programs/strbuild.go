// Building strings: decimal formatting by hand into a []byte with
// append, string conversions, and += concatenation, N rounds.
package main

const N = 500000

// appendInt appends the decimal form of v to b.
func appendInt(b []byte, v int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, d[i:]...)
}

func main() {
	buf := make([]byte, 0, 64)
	total, h := 0, uint64(0)
	for n := 0; n < N; n++ {
		buf = buf[:0]
		buf = append(buf, "item-"...)
		buf = appendInt(buf, n*7919-N)
		s := string(buf)
		t := ""
		for k := 0; k < 4; k++ {
			t += s
			t += ","
		}
		total += len(t)
		h = h*131 + uint64(t[n%len(t)])
	}
	println(total, h)
}
