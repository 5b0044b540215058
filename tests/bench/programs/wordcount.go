// Strings, bytes and hashing: count N words drawn by a deterministic
// PRNG from a small alphabet in a hand-written hash table (open
// addressing with linear probing over slices; no Go maps).
package main

const N = 5000000

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

// fnv1a: FNV-1a over the bytes of s.
func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

type table struct {
	keys   []string
	counts []int
	used   int
}

func newTable(size int) *table {
	return &table{keys: make([]string, size), counts: make([]int, size)}
}

// add counts one occurrence of w, growing the table at 3/4 full.
func (t *table) add(w string) {
	if (t.used+1)*4 > len(t.keys)*3 {
		t.grow()
	}
	mask := uint64(len(t.keys) - 1)
	i := fnv1a(w) & mask
	for {
		if t.counts[i] == 0 {
			t.keys[i] = w
			t.counts[i] = 1
			t.used++
			return
		}
		if t.keys[i] == w {
			t.counts[i]++
			return
		}
		i = (i + 1) & mask
	}
}

func (t *table) grow() {
	old := *t
	*t = *newTable(len(old.keys) * 2)
	for i := 0; i < len(old.keys); i++ {
		if old.counts[i] != 0 {
			mask := uint64(len(t.keys) - 1)
			j := fnv1a(old.keys[i]) & mask
			for t.counts[j] != 0 {
				j = (j + 1) & mask
			}
			t.keys[j] = old.keys[i]
			t.counts[j] = old.counts[i]
			t.used++
		}
	}
}

func main() {
	r := &rng{88172645463325252}
	t := newTable(16)
	buf := make([]byte, 0, 8)
	for n := 0; n < N; n++ {
		buf = buf[:0]
		l := 2 + int(r.next()%4)
		for k := 0; k < l; k++ {
			buf = append(buf, byte('a'+r.next()%8))
		}
		t.add(string(buf))
	}
	best, bestCount, sum := "", 0, uint64(0)
	for i := 0; i < len(t.keys); i++ {
		c := t.counts[i]
		if c == 0 {
			continue
		}
		sum += fnv1a(t.keys[i]) * uint64(c)
		if c > bestCount || c == bestCount && t.keys[i] < best {
			best, bestCount = t.keys[i], c
		}
	}
	println(t.used, best, bestCount, sum)
}
