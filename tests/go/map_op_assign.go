// m[k] op= y follows gc's order: the map and key, then y (a call in it
// runs before the element is read), then read, combine and write back;
// a division by zero panics before the key is inserted.
package main

func main() {
	m := map[int]int{}
	f := func() int { m[1] = 100; return 1 }
	m[1] += f()
	println(m[1])
	s := map[string]string{"a": "x"}
	s["a"] += "y"
	s["b"] += "z"
	println(s["a"], s["b"], len(s))
	fl := map[string]float64{}
	fl["x"] -= 1.5
	fl["x"] *= 4
	println(fl["x"] == -6, len(fl))
	bits := map[bool]uint8{}
	bits[true] |= 1 << 3
	bits[true] <<= 1
	bits[false] ^= 255
	println(bits[true], bits[false])
	defer func() {
		println(recover() != nil, len(m))
	}()
	zero := 0
	m[5] /= zero
}
