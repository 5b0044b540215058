// Functions mutating through pointers; aliasing between pointers.
package main

func swap(a, b *int) { *a, *b = *b, *a }

func incAll(ps ...*int) {
	for _, p := range ps {
		*p++
	}
}

type Counter struct{ n int }

func bump(c *Counter) *Counter { c.n++; return c }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	println(x, y)
	swap(&x, &x)
	println(x)
	incAll(&x, &y, &x)
	println(x, y)
	var c Counter
	bump(bump(bump(&c)))
	println(c.n)
	arr := [2]int{5, 6}
	swap(&arr[0], &arr[1])
	println(arr[0], arr[1])
	p := &arr
	q := p
	q[0] = 50
	println(p[0], arr[0])
}
