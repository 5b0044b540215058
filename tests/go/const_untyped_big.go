// Untyped constant arithmetic is exact far beyond 64 bits.
package main

const huge = 1 << 200
const big = huge * huge / (1 << 399)
const third = 1.0 / 3
const precise = 1e300 * 1e300 / 1e300

func main() {
	println(big)
	println(huge >> 190)
	println(third, float32(third))
	println(precise)
	const c = (1<<100 + 7) % 1000
	println(c)
	const m = -1 << 63
	println(m, int64(m))
	const u = 1<<64 - 1
	println(uint64(u))
	const f = 1 << 62 * 1.5
	println(f)
	var x float64 = huge
	println(x)
	const r = 'a' + 1
	println(r, string(rune(r)))
	const s = "con" + "cat"
	println(s, len(s))
}
