package main

func main() {
	p := new(nil)
	_ = p
	q := new(1 << 70)
	_ = q
}
