package main

type Reader interface{ Read() }
type ReadWriter interface {
	Read()
	Write()
}

func main() {
	var r Reader
	var rw ReadWriter = r
	_ = rw
}
