package main

func main() {
	a := 1
	b := 2.5
	s := "x"
	_ = a + b
	_ = s + a
	var i32 int32 = 3
	_ = a * i32
}
