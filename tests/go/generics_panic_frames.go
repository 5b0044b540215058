package main

type Num interface{ ~int | ~int64 | ~float64 }

func Stats[T Num](xs []T, div T) (T, T, T) {
	var sum, lo, hi T
	for i, x := range xs {
		sum += x
		if i == 0 || x < lo {
			lo = x
		}
		if i == 0 || x > hi {
			hi = x
		}
	}
	for i := 0; i < len(xs); i++ {
		if xs[i] == lo {
			println("lo at", i)
		}
		if xs[i] == hi {
			println("hi at", i)
		}
	}
	println("sum", sum)
	println("lo", lo)
	println("hi", hi)
	return sum / div, lo, hi
}

func main() {
	a, b, c := Stats([]int{3, 1, 2}, 2)
	println(a, b, c)
	f, _, _ := Stats([]float64{1.5}, 0)
	println(f)
	Stats([]int64{7}, 0)
}
