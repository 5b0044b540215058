// float32-based named types: accumulation, averages, and float32 to
// integer conversions out of range (amd64 results).
package main

type Celsius float32

type Reading struct {
	T    Celsius
	OK   bool
	Tags [2]string
}

func avg(rs []Reading) Celsius {
	var s Celsius
	n := 0
	for _, r := range rs {
		if !r.OK {
			continue
		}
		s += r.T
		n++
	}
	if n == 0 {
		return 0
	}
	return s / Celsius(n)
}

func main() {
	rs := []Reading{{21.5, true, [2]string{"a", ""}}, {19, true, [2]string{}}, {100, false, [2]string{"bad", "x"}}}
	println(avg(rs))
	println(avg(nil))
	var total float32
	for i := 0; i < 100; i++ {
		total += 0.01
	}
	println(total, float64(total))
	c := Celsius(37.5)
	f := float64(c)*9/5 + 32
	println(f, Celsius(f) > c)
	var u uint32 = 1 << 31
	fl := float32(u)
	println(fl, uint32(fl), int64(fl))
	x := float32(1e10)
	println(int32(x), int64(x), uint64(x))
	d := float32(-2.7)
	println(int(d), int8(d), uint8(d))
}
