// Embedding an interface in a struct: delegation and overriding.
package main

type Logger interface {
	Log(s string)
	Level() int
}

type base struct{ prefix string }

func (b base) Log(s string) { println(b.prefix + s) }
func (b base) Level() int   { return 1 }

type Verbose struct {
	Logger
	extra string
}

func (v Verbose) Level() int { return v.Logger.Level() + 10 }

func main() {
	v := Verbose{base{"> "}, "x"}
	v.Log("hello")
	println(v.Level())
	var l Logger = v
	l.Log("via iface")
	println(l.Level())
	w := Verbose{Logger: v}
	w.Log("nested")
	println(w.Level())
}
