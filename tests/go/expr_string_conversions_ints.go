// Integer formatting by hand: itoa in several bases, with negative numbers.
package main

func itoa(n int64, base int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	var buf [65]byte
	i := len(buf)
	for u > 0 {
		i--
		buf[i] = "0123456789abcdef"[u%uint64(base)]
		u /= uint64(base)
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func main() {
	for _, n := range []int64{0, 1, -1, 255, -255, 1 << 40, -1 << 63, 1<<63 - 1} {
		println(itoa(n, 10), itoa(n, 16), itoa(n, 2))
	}
}
