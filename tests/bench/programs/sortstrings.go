// String comparisons and recursion: sort N pseudo-random strings with a
// hand-written quicksort (median of three, insertion sort below 12).
package main

const N = 1000000

type rng struct{ s uint64 }

// next: xorshift64.
func (r *rng) next() uint64 {
	x := r.s
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	r.s = x
	return x
}

func insertionSort(a []string) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i
		for j > 0 && v < a[j-1] {
			a[j] = a[j-1]
			j--
		}
		a[j] = v
	}
}

func quicksort(a []string) {
	for len(a) > 12 {
		m := len(a) / 2
		h := len(a) - 1
		if a[m] < a[0] {
			a[m], a[0] = a[0], a[m]
		}
		if a[h] < a[0] {
			a[h], a[0] = a[0], a[h]
		}
		if a[h] < a[m] {
			a[h], a[m] = a[m], a[h]
		}
		p := a[m]
		i, j := 0, h
		for i <= j {
			for a[i] < p {
				i++
			}
			for p < a[j] {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		// Recurse into the smaller side, loop on the larger.
		if j+1 < len(a)-i {
			quicksort(a[:j+1])
			a = a[i:]
		} else {
			quicksort(a[i:])
			a = a[:j+1]
		}
	}
	insertionSort(a)
}

func main() {
	r := &rng{2463534242}
	a := make([]string, N)
	buf := make([]byte, 16)
	for i := range a {
		l := 4 + int(r.next()%12)
		for k := 0; k < l; k++ {
			buf[k] = byte('a' + r.next()%26)
		}
		a[i] = string(buf[:l])
	}
	quicksort(a)
	sorted := true
	h := uint64(0)
	for i := 0; i < len(a); i++ {
		if i > 0 && a[i] < a[i-1] {
			sorted = false
		}
		h = h*31 + uint64(len(a[i])) + uint64(a[i][0])
	}
	println(sorted, a[0], a[len(a)/2], a[len(a)-1], h)
}
