package misc; import "fmt"; func F() { x := 1; if x > 0 { fmt.Println(x) } else { return }; for i := 0; i < 3; i++ { continue } }; type S struct { a int; b string }; var _ = S{a: 1, b: "x"}; const K = 1
func G(ä, 日本 int, _x, x_1 string) (αβ error) { var π = 3.14159; _ = π; return }
func H() {
	// comment at statement position
	/* block */ x := /* inline */ 1 // trailing
	_ = x
	var y = []int{
		1, // one
		2, /* two */
	}
	_ = y
	z := func(
		a int,
		b string,
	) (
		c bool,
	) {
		return
	}
	_ = z
	label:
	for {
		break label
	}
}
func (r *recv) method() {}
func (r recv[T]) gen() {}
func (r *recv[T, U]) gen2() {}
