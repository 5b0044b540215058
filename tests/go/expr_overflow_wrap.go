// Integer arithmetic wraps around in every width.
package main

func main() {
	var a int8 = 127
	a++
	println(a)
	var b uint8 = 0
	b--
	println(b)
	var c int16 = -32768
	c = -c
	println(c)
	var d int32 = 1 << 30
	d *= 4
	println(d)
	var e int64 = -1 << 63
	e--
	println(e)
	var f uint32 = 0xffffffff
	f += 2
	println(f)
	var g uint64 = 3
	g *= 0x5555555555555556
	println(g)
	var h int = 9223372036854775807
	h += h
	println(h)
	var i int8 = -128
	println(i / -1, i % -1, i * -1)
	var j int64 = -1 << 63
	println(j / -1, j % -1)
	var k uint16 = 300
	k *= k
	println(k)
}
