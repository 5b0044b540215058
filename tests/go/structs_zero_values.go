// Zero values of every basic kind inside structs and arrays.
package main

type All struct {
	b   bool
	i   int
	i8  int8
	u16 uint16
	f32 float32
	f64 float64
	c   complex128
	s   string
	p   *int
	sl  []int
	a   [2]int
	e   error
	fn  func()
}

func main() {
	var z All
	println(z.b, z.i, z.i8, z.u16, z.f32, z.f64, z.c, z.s == "", z.p == nil, z.sl == nil, z.a[1], z.e == nil, z.fn == nil)
	println(len(z.sl), cap(z.sl), len(z.s))
	zs := make([]All, 2)
	println(zs[1].s == "", zs[0].p == nil)
	var arr [4]float64
	println(arr[3])
	p := new(All)
	println(p.i, p.sl == nil)
}
