package main

type Stringer interface {
	String() string {
		return ""
	}
}

func main() {}
