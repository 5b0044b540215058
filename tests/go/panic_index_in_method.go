// An index panic inside a pointer method shows the method's frame name.
package main

type Buf struct{ b []byte }

//go:noinline
func (p *Buf) At(i int) byte { return p.b[i] }

type Val [2]int

//go:noinline
func (v Val) At(i int) int { return v[i] }

func main() {
	b := &Buf{[]byte("ab")}
	println(b.At(1))
	println(Val{1, 2}.At(1))
	println(b.At(2))
}
