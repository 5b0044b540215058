// NaN keys: NaN != NaN, so every m[NaN] = v adds an entry that no lookup
// or delete can find; range still yields them; clear removes them.
// +0 and -0 are the same key.
package main

func main() {
	zero := 0.0
	nan := zero / zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	m[1.5] = 10
	println(len(m))
	v, ok := m[nan]
	println(v, ok)
	delete(m, nan)
	println(len(m))
	sum, nans := 0, 0
	for k, v := range m {
		sum += v
		if k != k {
			nans++
		}
	}
	println(sum, nans)

	z := map[float64]string{}
	z[0.0] = "plus"
	negz := -zero
	z[negz] = "minus"
	println(len(z), z[0], z[negz])
	for k := range z {
		println(1/k < 0)
	}

	// Many NaNs force the map past a small group and through growth.
	big := map[float64]int{}
	for i := 0; i < 100; i++ {
		big[nan] = i
		big[float64(i)] = i
	}
	println(len(big))
	total := 0
	for _, v := range big {
		total += v
	}
	println(total)
	clear(big)
	println(len(big))

	f32 := map[float32]int{}
	n32 := float32(nan)
	f32[n32] = 1
	f32[n32] = 1
	f32[2.5] = 2
	f32[2.5]++
	println(len(f32), f32[2.5])
}
