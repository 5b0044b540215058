package main

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		for _, x := range xs {
			ch <- x
		}
		close(ch)
	}()
	return ch
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U, 1)
	go func() {
		for x := range in {
			out <- f(x)
		}
		close(out)
	}()
	return out
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for x := range ch {
		out = append(out, x)
	}
	return out
}

type Result[T any] struct {
	val T
	err string
}

func Async[T any](f func() T) chan Result[T] {
	ch := make(chan Result[T], 1)
	go func() { ch <- Result[T]{val: f()} }()
	return ch
}

func main() {
	lens := Collect(MapChan(Generate("a", "bb", "ccc"), func(s string) int { return len(s) }))
	println(len(lens), lens[0], lens[1], lens[2])
	r := <-Async(func() float64 { return 1.5 })
	println(r.val, r.err == "")
	sq := Collect(MapChan(Generate(1, 2, 3), func(x int) int { return x * x }))
	println(sq[0] + sq[1] + sq[2])
}
