package main

type Any interface{ Show() }

type Box struct{}

func (Box) Show() {}

func (Box) Map[U any](f func() U) U { return f() }

func main() {
	var a Any = Box{}
	_ = a.Map
	var b Box
	_ = b.Map[int, int]
}
