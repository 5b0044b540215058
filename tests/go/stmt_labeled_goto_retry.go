// A retry loop written with labels: continue to an outer label from a
// switch inside a nested loop, goto to restart.
package main

func main() {
	attempts := 0
	results := []int{}
retry:
	attempts++
	for i := 0; i < 3; i++ {
		switch {
		case attempts == 1 && i == 1:
			goto retry
		case i == 2 && attempts == 2:
			continue
		}
		results = append(results, attempts*10+i)
	}
	if attempts < 3 {
		goto retry
	}
	println(attempts, len(results))
	for _, r := range results {
		print(r, " ")
	}
	println()
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			switch b {
			case 1:
				continue outer
			}
			print(a, b, " ")
		}
	}
	println()
}
