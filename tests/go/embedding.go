// Struct embedding: promoted fields (through values and embedded
// pointers, several levels deep) and promoted methods with value and
// pointer receivers, called on values and pointers.
package main

type base struct {
	id   int
	tags int8
}

func (b base) ID() int     { return b.id }
func (b *base) Tag(t int8) { b.tags |= t }

type named struct {
	base
	name string
}

type deep struct {
	*named
	level int
}

func (d deep) Describe() string { return d.name }

func main() {
	n := named{base{7, 0}, "seven"}
	n.Tag(1)
	n.Tag(4)
	println(n.id, n.tags, n.ID(), n.base.id, n.name)
	d := deep{&n, 2}
	d.id = 70
	d.Tag(8)
	println(d.id, d.tags, d.ID(), d.name, d.Describe(), n.id, n.tags, d.level)
	pd := &d
	pd.name = "renamed"
	pd.Tag(16)
	println(pd.ID(), pd.Describe(), pd.tags, n.name)
	var empty deep
	println(empty.level, empty.named == nil)
	println(empty.id)
}
