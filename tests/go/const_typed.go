// Typed constants keep their type; untyped ones take the context's.
package main

type Celsius float64
type Small int8

const boiling Celsius = 100
const limit Small = 100
const ratio = 7 / 2
const fratio = 7 / 2.0

func main() {
	println(boiling/3, limit/3, ratio, fratio)
	var f float32 = fratio
	var i int = ratio
	println(f, i)
	c := boiling
	c += 0.5
	println(c)
	const mask uint8 = 0xf0
	println(^mask, mask>>4)
	var u uint16 = 1<<16 - 1
	println(u)
	const b = true && !false
	println(b, 'x', 'x'+0.5)
	println(1e3, 1e21, 100000000000000000000.0, 1.5e-7)
}
