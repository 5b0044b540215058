package main

type Stringer interface{ String() string }

type T struct{}

func main() {
	var s Stringer
	switch s.(type) {
	case T:
	case string:
	}
}
