// Branchy integer code without memory: count primes below N by trial
// division.
package main

const N = 3000000

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	c := 0
	for i := 0; i < N; i++ {
		if isPrime(i) {
			c++
		}
	}
	println(c)
}
