package main

type Closer interface{ Close() error }

type file struct{}

func open() Closer {
	return &file{}
}

func main() {
	open()
}
