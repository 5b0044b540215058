// Constant shifts, typed limits and expressions folded at compile time.
package main

const (
	MaxU8  = 1<<8 - 1
	MaxI16 = 1<<15 - 1
	MinI16 = -1 << 15
	MaxU64 = 1<<64 - 1
	Big    = MaxU64 >> 1
	Mask   = ^uint32(0) >> 4
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagAll = FlagA | FlagB | FlagC
)

func main() {
	println(MaxU8, MaxI16, MinI16, uint64(MaxU64), Big, Mask)
	println(FlagA, FlagB, FlagC, FlagAll, FlagAll&^FlagB)
	var s uint = 3
	x := 1 << s
	var f float64 = 1 << 3
	println(x, f)
	const c = 10 / 4 * 4.0
	const d = 10 / 4.0 * 4
	println(c, d)
	const h = 'a' * 2
	println(h)
	println(len("constant"), len([3]int{}))
}
