// A failed assertion to an interface reports the missing method.
package main

type Closer interface {
	Close() error
	Name() string
}

type F struct{}

func (F) Name() string { return "f" }

func main() {
	var x any = F{}
	c := x.(Closer)
	println(c.Name())
}
