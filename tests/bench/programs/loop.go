// A loop-carried integer chain: s += i ^ (s >> 3), N times.
package main

const N = 100000000

func main() {
	s := 0
	for i := 0; i < N; i++ {
		s += i ^ (s >> 3)
	}
	println(s)
}
