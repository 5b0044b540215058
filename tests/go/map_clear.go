// clear(m) removes every entry (NaN keys too), keeps the map usable,
// and ends a range in progress; clear of a nil map does nothing.
package main

func main() {
	m := map[int]string{1: "a", 2: "b", 3: "c"}
	clear(m)
	println(len(m), m[1] == "")
	m[4] = "d"
	println(len(m), m[4])

	big := map[int]int{}
	for i := 0; i < 5000; i++ {
		big[i] = i
	}
	steps := 0
	for range big {
		steps++
		clear(big)
	}
	println(steps, len(big))
	for i := 0; i < 10; i++ {
		big[i] = i
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	println(len(big), sum)

	var nm map[string]bool
	clear(nm)
	println(len(nm))

	zero := 0.0
	f := map[float64]int{zero / zero: 1, 1: 2}
	f[zero/zero] = 3
	println(len(f))
	clear(f)
	println(len(f))
}
