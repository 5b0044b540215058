package main

type Meta struct {
	Created int
}

type Doc struct {
	Meta
	Title string
}

func main() {
	_ = Doc{Created: 1, Meta: Meta{}}
	_ = Doc{Title: "x", Created: "yesterday"}
}
