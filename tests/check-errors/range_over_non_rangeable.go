package main

func main() {
	p := &[]int{1}
	for range p {
	}
	f := 1.5
	for i := range f {
		_ = i
	}
}
