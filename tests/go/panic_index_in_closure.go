// An index panic inside a closure shows the closure's frame name (the
// closure is recursive, so gc does not inline it).
package main

func main() {
	data := []int{1, 2, 3}
	var get func(i int) int
	get = func(i int) int {
		if i < 0 {
			return get(-i)
		}
		return data[i]
	}
	println(get(0))
	println(get(7))
}
