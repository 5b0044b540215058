package main

func Worker[T any](in chan T, out chan int, f func(T) int) {
	for x := range in {
		out <- f(x)
	}
	close(out)
}

func Log[T any](prefix string, v T) {
	println(prefix, any(v) != nil)
}

type Sink[T any] struct{ got []T }

func (s *Sink[T]) Put(v T) { s.got = append(s.got, v) }

var initVals = Map2([]int{1, 2}, func(x int) int { return x + 1 })

func Map2[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

var idf = Map2[string, int]

func init() {
	Log("init", 1)
}

func main() {
	in := make(chan string)
	out := make(chan int)
	go Worker(in, out, func(s string) int { return len(s) })
	in <- "abc"
	println(<-out)
	close(in)
	_, ok := <-out
	println(ok)
	defer Log("deferred", 2.5)
	var s Sink[int]
	defer s.Put(3)
	defer func() { println(len(s.got)) }()
	go s.Put(1)
	println(initVals[0], initVals[1], len(idf([]string{"x"}, func(s string) int { return 1 })))
}
