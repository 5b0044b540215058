// range over integers of several types and zero/negative bounds.
package main

type Count uint8

func main() {
	n := 0
	for i := range 0 {
		n += i
	}
	for i := range -3 {
		n += i
	}
	println(n)
	var c Count = 4
	for i := range c {
		print(i, " ")
	}
	println()
	var big int64 = 3
	for i := range big {
		print(i*1000000000000, " ")
	}
	println()
	total := 0
	lim := 5
	for i := range lim {
		lim = 2 // evaluated once
		total += i
	}
	println(total, lim)
}
