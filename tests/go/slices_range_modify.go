// range over a slice evaluates it once; appends during the loop are not seen.
package main

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
			s[1] = 20
		}
		print(v, " ")
	}
	println(len(s))
	t := []int{1, 2, 3}
	for i, v := range t {
		if i == 0 {
			t[2] = 30
		}
		print(v, " ")
	}
	println()
	u := make([]int, 3, 10)
	for i := range u {
		u = append(u, i)
	}
	println(len(u))
}
