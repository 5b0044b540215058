package main

type Counter interface{ Inc() }

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func use(c Counter) {}

func main() {
	use(C{})
}
