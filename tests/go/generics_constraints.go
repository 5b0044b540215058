package main

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Unsigned | Float
}

type Celsius float64
type Small int8

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Integer | Float](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Scale[T Number](x T, k int) T { return x * T(k) }

func Avg[T Integer | Float](xs []T) float64 {
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

func Shift[T Integer | Unsigned](x T, n uint) T { return x << n >> 1 }

func main() {
	println(Sum(1, 2, 3))
	println(Sum[uint8](200, 100))
	println(Sum(Celsius(1.5), Celsius(2.25)))
	println(Sum[Small](100, 27, 1))
	println(Max(3, 9), Max(2.5, -1.0), Max[Small](-3, -4))
	println(Abs(-7), Abs(Celsius(-2.5)), Abs(int64(5)))
	println(Scale(uint16(300), 300), Scale(1.5, 4))
	println(Avg([]int{1, 2, 4}), Avg([]float32{0.5, 0.25}))
	println(Shift(int8(100), 2), Shift(uint32(1), 31))
	var zero float32
	println(Sum[float32]() == zero)
}
