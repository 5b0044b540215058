// Sieve of Eratosthenes over a bool slice.
package main

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	ps := sieve(200)
	println(len(ps))
	for _, p := range ps[:15] {
		print(p, " ")
	}
	println()
	println(ps[len(ps)-1], len(sieve(100000)))
}
