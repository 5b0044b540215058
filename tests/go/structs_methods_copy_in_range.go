// Calling pointer methods on range copies does not modify the slice.
package main

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	cs := []C{{1}, {2}}
	for _, c := range cs {
		c.Inc()
	}
	println(cs[0].n, cs[1].n)
	for i := range cs {
		cs[i].Inc()
	}
	println(cs[0].n, cs[1].n)
	arr := [2]C{{5}, {6}}
	for _, c := range &arr {
		c.Inc()
	}
	println(arr[0].n)
	ps := []*C{{7}, {8}}
	for _, p := range ps {
		p.Inc()
	}
	println(ps[0].n, ps[1].n)
	ap := [2]*C{{10}, 1: {20}}
	ap[1].Inc()
	pp := [][]*C{{{30}}, {}}
	println(ap[0].n, ap[1].n, pp[0][0].n, len(pp[1]))
}
