// Asserting a value type when the interface holds a pointer.
package main

type T struct{ n int }

func (t *T) Get() int { return t.n }

type Getter interface{ Get() int }

func main() {
	var g Getter = &T{1}
	println(g.(*T).n)
	var e any = g
	println(e.(T).n)
}
