// Map literals: constant and computed keys, elided composite types for
// keys and values, maps of maps, empty literals, and maps in structs.
package main

type point struct{ x, y int }

type config struct {
	name  string
	attrs map[string]string
}

func square(x int) int { return x * x }

func main() {
	sq := map[int]int{1: square(1), 2: square(2), 3: square(3), 10: square(10)}
	println(len(sq), sq[1], sq[2], sq[3], sq[10], sq[4])

	pts := map[point]string{{1, 2}: "a", {3, 4}: "b"}
	println(pts[point{1, 2}], pts[point{3, 4}], len(pts))

	byName := map[string]point{"o": {}, "x": {1, 0}, "y": {y: 1}}
	println(byName["x"].x, byName["y"].y, byName["o"].x, byName["q"].y)

	empty := map[string]int{}
	println(len(empty), empty == nil)

	c := config{name: "c", attrs: map[string]string{"k": "v", "k2": "v2"}}
	c.attrs["k3"] = "v3"
	println(c.name, len(c.attrs), c.attrs["k"], c.attrs["k3"])

	var cs []config
	for i := 0; i < 3; i++ {
		cs = append(cs, config{name: "n", attrs: map[string]string{"i": string(rune('0' + i))}})
	}
	for _, c := range cs {
		print(c.attrs["i"])
	}
	println()

	flags := map[string]bool{"a": true, "b": false}
	println(flags["a"], flags["b"], flags["c"])

	x := 5
	dyn := map[int]string{x: "five", x + 1: "six"}
	println(dyn[5], dyn[6])
}
