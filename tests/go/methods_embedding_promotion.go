// Embedded structs promote fields and methods; outer fields shadow inner ones.
package main

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return "base " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Mid struct {
	Base
	Level int
}

func (m Mid) Kind() string { return "mid" }

type Top struct {
	*Mid
	Name string
}

func main() {
	m := Mid{Base{1, "m"}, 2}
	println(m.ID, m.Name, m.Describe(), m.Kind(), m.Base.Kind())
	m.Rename("renamed")
	println(m.Name, m.Base.Name)
	t := Top{&m, "top"}
	println(t.Name, t.Mid.Name, t.ID, t.Level, t.Kind())
	t.Rename("via top")
	println(m.Name, t.Describe())
	t.Level++
	println(m.Level)
}
