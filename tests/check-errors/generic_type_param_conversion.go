package main

func Conv[T ~string | ~int](x T) float64 {
	return float64(x)
}

func main() {
	_ = Conv(1)
}
