// Building a pipeline of closures in a loop and running it.
package main

type stage func(int) int

func pipeline(stages ...stage) stage {
	return func(x int) int {
		for _, s := range stages {
			x = s(x)
		}
		return x
	}
}

func main() {
	var stages []stage
	for i := 1; i <= 4; i++ {
		switch i % 2 {
		case 0:
			stages = append(stages, func(x int) int { return x * i })
		default:
			stages = append(stages, func(x int) int { return x + i })
		}
	}
	p := pipeline(stages...)
	println(p(0), p(1), p(10))
	composed := pipeline(p, p)
	println(composed(1))
	empty := pipeline()
	println(empty(42))
}
