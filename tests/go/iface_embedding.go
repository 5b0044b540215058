// Interfaces embedding interfaces; assertions between interface types.
package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type File struct{ data string }

func (f *File) Read() string        { return f.data }
func (f *File) Write(s string) int { f.data += s; return len(s) }

type RO struct{}

func (RO) Read() string { return "ro" }

func main() {
	f := &File{"init"}
	var rw ReadWriter = f
	rw.Write("+more")
	var r Reader = rw
	println(r.Read())
	w, ok := r.(Writer)
	println(ok, w.Write("!"), f.data)
	r = RO{}
	_, ok = r.(Writer)
	println(ok)
	_, ok = r.(ReadWriter)
	println(ok)
	var rw2 ReadWriter
	r = rw2
	println(r == nil)
}
