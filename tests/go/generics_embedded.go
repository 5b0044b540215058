package main

type Base[T any] struct {
	id T
}

func (b Base[T]) ID() T { return b.id }

func (b *Base[T]) SetID(id T) { b.id = id }

type User struct {
	Base[int]
	name string
}

type Doc[T any] struct {
	*Base[T]
	title string
}

type IDer[T any] interface{ ID() T }

type Ring[T any] struct {
	Base[string]
	vals [3]T
	pos  int
}

func (r *Ring[T]) Put(v T) {
	r.vals[r.pos%len(r.vals)] = v
	r.pos++
}

func main() {
	u := User{name: "ann"}
	u.SetID(7)
	println(u.ID(), u.id, u.name)
	d := Doc[string]{Base: &Base[string]{id: "doc-1"}, title: "t"}
	println(d.ID(), d.title)
	d.SetID("doc-2")
	println(d.Base.ID())
	var i IDer[int] = u
	println(i.ID())
	var j IDer[string] = d
	println(j.ID())
	var r Ring[float64]
	r.SetID("ring")
	for k := 0; k < 5; k++ {
		r.Put(float64(k) * 1.5)
	}
	println(r.ID(), r.vals[0], r.vals[1], r.vals[2], r.pos)
}
