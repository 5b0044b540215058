package main

// Interfaces satisfied through embedded fields and embedded pointers,
// interfaces embedding interfaces, structs embedding interfaces, and
// dynamic conversions between interface types.

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type buf struct {
	data string
	n    int
}

func (b *buf) Read() string        { return b.data }
func (b *buf) Write(s string) int  { b.data += s; b.n++; return len(b.data) }
func (b buf) String() string       { return "buf(" + b.data + ")" }

type Logged struct {
	*buf
	prefix string
}

type Counter struct {
	buf
	count int
}

type Wrapped struct {
	Reader
	tag string
}

type Stringer interface{ String() string }

type level int

func (l level) String() string {
	switch l {
	case 0:
		return "low"
	case 1:
		return "mid"
	}
	return "high"
}

func show(s Stringer) { println(s.String()) }

func main() {
	b := &buf{data: "a"}
	var rw ReadWriter = b
	rw.Write("b")
	println(rw.Read(), b.n)
	var r Reader = rw
	println(r.Read())

	l := Logged{buf: &buf{data: "x"}, prefix: ">"}
	var w Writer = l
	println(w.Write("yz"), l.Read(), l.prefix)

	c := &Counter{buf: buf{data: "c"}}
	rw = c
	rw.Write("d")
	println(c.Read(), c.n)

	wr := Wrapped{Reader: b, tag: "t"}
	println(wr.Read(), wr.tag)
	var r2 Reader = wr
	println(r2.Read())

	show(level(0))
	show(level(1))
	show(level(7))
	show(*b)
	var s Stringer = c
	println(s.String())

	var any1 any = b
	if rw2, ok := any1.(ReadWriter); ok {
		println("is ReadWriter", rw2.Read())
	}
	if _, ok := any1.(Stringer); ok {
		println("*buf is a Stringer too")
	}
	var any2 any = *b
	_, ok := any2.(Reader)
	println("buf value is a Reader:", ok)
	var ls []Stringer
	for i := 0; i < 3; i++ {
		ls = append(ls, level(i))
	}
	for _, x := range ls {
		print(x.String(), " ")
	}
	println()
}
