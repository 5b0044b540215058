// == on structs and arrays with interface fields, switch on interface
// values, method values from interfaces, named byte-slice/string conversions.
package main

type Key struct {
	name string
	v    any
}

type Bytes []byte
type Str string

type Greeter interface{ Greet(string) string }
type En struct{}

func (En) Greet(n string) string { return "hello " + n }

func main() {
	k1 := Key{"a", 1}
	k2 := Key{"a", 1}
	k3 := Key{"a", "1"}
	println(k1 == k2, k1 == k3)
	ifs := [2]any{1, "x"}
	jfs := [2]any{1, "x"}
	println(ifs == jfs)
	var v any = 3
	switch v {
	case "3":
		println("string")
	case 3:
		println("int 3")
	}
	var g Greeter = En{}
	f := g.Greet
	println(f("bob"))
	b := Bytes("hi")
	s := string(b)
	var st Str = Str(b)
	println(s, st, len(st))
	b2 := Bytes(st)
	println(len(b2), string(b2[1]))
	rs := []rune(st)
	println(len(rs))
	var e error
	var e2 error
	println(e == e2)
	type pair struct{ a, b any }
	p1 := pair{nil, 2.5}
	p2 := pair{nil, 2.5}
	println(p1 == p2)
}
