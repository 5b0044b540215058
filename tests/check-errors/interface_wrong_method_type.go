package main

type Stringer interface{ String() string }

type T int

func (t T) String() int { return int(t) }

func main() {
	var s Stringer = T(1)
	_ = s
}
