package main

const big int64 = 1 << 62

func main() {
	const c = big * 4
	var x uint8 = 255 + 1
	_ = x
}
