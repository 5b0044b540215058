package main

import "fmt"

type Temp float64

func (t *Temp) String() string { return "" }

func main() {
	var s fmt.Stringer = Temp(3)
	_ = s
}
