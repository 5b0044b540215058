// Shift counts of signed type (allowed since Go 1.13) with non-negative values.
package main

func sh(x int64, s int) (int64, int64, uint32) {
	return x << s, x >> s, uint32(x) >> s
}

func main() {
	for s := 0; s < 70; s += 9 {
		a, b, c := sh(-12345, s)
		println(s, a, b, c)
	}
	var s8 int8 = 3
	println(1<<s8, 1024>>s8)
	x := 5
	x <<= 2
	x >>= 1
	println(x)
}
