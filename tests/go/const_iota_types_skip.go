// iota with typed constants, expressions using it twice, and blank lines.
package main

type Size int64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

type Dir uint8

const (
	North Dir = iota
	East
	South
	West
	count = int(iota)
)

func (d Dir) Turn() Dir { return (d + 1) % Dir(count) }

const (
	a = iota * iota
	b
	c
	d = -iota
	e
)

func main() {
	println(KB, MB, GB)
	d0 := West
	println(d0.Turn(), North.Turn(), count)
	println(a, b, c, d, e)
}
